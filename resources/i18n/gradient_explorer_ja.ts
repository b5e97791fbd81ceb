<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BasinsLab</name>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="63"/>
        <source>optimizer</source>
        <extracomment>Found attractors reached by fewer starts than this share are counted but not labelled.</extracomment>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="65"/>
        <source>learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="70"/>
        <source>steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="72"/>
        <source>Starts per side of the grid (n × n starts)</source>
        <translation>格子の一辺あたりの開始点の数（開始点は n × n 個）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="77"/>
        <source>grid</source>
        <translation>格子</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="79"/>
        <source>numerical gradient</source>
        <translation>数値勾配</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="83"/>
        <source>Compute map</source>
        <translation>マップを計算</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="84"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="154"/>
        <source>computing %1×%1 starts …</source>
        <translation>%1×%1 個の開始点を計算中 …</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="205"/>
        <source>The map could not be computed: %1</source>
        <translation>マップを計算できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="208"/>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="246"/>
        <source>%1×%2 starts in %3 s</source>
        <translation>%1×%2 個の開始点、%3 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labs/basins_lab.py" line="262"/>
        <source>%n starts</source>
        <translation>
            <numerusform>%n 個の開始点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labs/basins_lab.py" line="263"/>
        <source>%n more found points reached by %1 (%2, unlabelled)</source>
        <translation>
            <numerusform>ほかに見つかった %n 個の点（ラベルなし）に %1 が到達（%2）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="266"/>
        <source>most starts ran out of steps: try more steps or a larger η</source>
        <translation>ほとんどの開始点でステップ切れになりました：ステップ数を増やすか、η を大きくしてみてください</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="270"/>
        <source>numerical ∇f</source>
        <translation>数値 ∇f</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="270"/>
        <source>analytic ∇f</source>
        <translation>解析的 ∇f</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labs/basins_lab.py" line="271"/>
        <source>%1, η = %2, %n steps, %3</source>
        <translation>
            <numerusform>%1、η = %2、%n ステップ、%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="275"/>
        <source>%1×%2 starts coloured by where they end:</source>
        <translation>%1×%2 個の開始点を、行き着いた先で色分けしています：</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../gui/control_panel.py" line="74"/>
        <source>(f(x+h) − f(x)) / h: error ∝ h</source>
        <extracomment>The learning rates a user may type: the session files&apos; range (numerics accepts a wider one for its own labs), so whatever the panel accepts saves and loads again. Animation speeds offered, in steps per second; ``math.inf`` reveals steps as they arrive. The function combo&apos;s item data for &quot;Your formula&quot; (the catalogue names are the others). Each scheme&apos;s formula and error, shown on its combo item (source texts of &quot;ControlPanel&quot;).</extracomment>
        <translation>(f(x+h) − f(x)) / h：誤差 ∝ h</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="75"/>
        <source>(f(x) − f(x−h)) / h: error ∝ h</source>
        <translation>(f(x) − f(x−h)) / h：誤差 ∝ h</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="76"/>
        <source>(f(x+h) − f(x−h)) / 2h: error ∝ h², the book&apos;s choice</source>
        <translation>(f(x+h) − f(x−h)) / 2h：誤差 ∝ h²、本が使う方式</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="77"/>
        <source>central differences at h and h/2 combined: error ∝ h⁴</source>
        <translation>h と h/2 の中心差分を組み合わせたもの：誤差 ∝ h⁴</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="78"/>
        <source>Im f(x + ih) / h: no cancellation, exact to rounding for analytic f</source>
        <translation>Im f(x + ih) / h：桁落ちがなく、解析的な f では丸め誤差の範囲まで正確です</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="87"/>
        <source>instant</source>
        <translation>即時</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="88"/>
        <source>%1 steps/s</source>
        <translation>%1 ステップ/秒</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="130"/>
        <location filename="../../gui/control_panel.py" line="161"/>
        <source>Your formula</source>
        <translation>入力した数式</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="138"/>
        <location filename="../../gui/control_panel.py" line="221"/>
        <source>steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="138"/>
        <source>Most steps a run takes before it stops</source>
        <translation>1 回の実行が止まるまでに進む最大のステップ数です</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="139"/>
        <location filename="../../gui/control_panel.py" line="223"/>
        <source>tolerance</source>
        <translation>許容誤差</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="140"/>
        <source>A run stops when |∇f| falls below this (its verdict then says whether at a minimum, a saddle, a maximum or a plateau)</source>
        <translation>|∇f| がこの値を下回ると実行が止まります（そのとき判定が、最小値・鞍点・最大値・プラトーのどれかを示します）</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="142"/>
        <source>Learning rate η: how far each step moves along −∇f</source>
        <translation>学習率 η：1 ステップで −∇f の方向にどれだけ進むかを決めます</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="143"/>
        <source>Finite-difference step h (the book uses 1e-4)</source>
        <translation>差分の幅 h（本では 1e-4 を使います）</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="154"/>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="158"/>
        <source>The function f whose gradient field is drawn and descended</source>
        <translation>勾配のベクトル場を描き、勾配降下法で下っていく関数 f です</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="167"/>
        <source>Keep paths when changing function</source>
        <translation>関数を変えても経路を残す</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="169"/>
        <source>Off: changing the function clears the paths; on: they stay drawn</source>
        <translation>オフ：関数を変えると経路が消えます。オン：経路はそのまま残ります</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="183"/>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="186"/>
        <source>The update rule applied at every step</source>
        <translation>各ステップで適用する更新規則です</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="191"/>
        <source>The update rule, as in the book</source>
        <translation>本と同じ更新規則です</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="193"/>
        <source>Rule</source>
        <translation>更新規則</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="200"/>
        <source>On a quadratic, a step of plain gradient descent multiplies the error along the steepest curvature λmax by 1 − η·λmax: it shrinks only while η &lt; 2/λmax</source>
        <translation>2 次関数では、素朴な勾配降下法の 1 ステップは、曲率が最大の方向（λmax）の誤差に 1 − η·λmax を掛けます。そのため η &lt; 2/λmax のときだけ誤差が小さくなります</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="203"/>
        <source>Suggest η</source>
        <translation>η を提案</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="205"/>
        <source>Set η to 1/λmax over the part of the view below the last start (the centre of the view before any start): safe for plain gradient descent</source>
        <translation>表示範囲のうち最後の開始点より低い部分（開始点がまだなければ表示の中心）での 1/λmax を η に設定します。素朴な勾配降下法で安全な値です</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="217"/>
        <source>Stopping</source>
        <translation>停止条件</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="224"/>
        <source>Steps</source>
        <translation>ステップ上限</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="233"/>
        <source>Gradient</source>
        <translation>勾配</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="238"/>
        <source>analytic (exact formula)</source>
        <translation>解析的（厳密な式）</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="240"/>
        <source>numerical (finite differences)</source>
        <translation>数値（有限差分）</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="241"/>
        <source>How ∇f is computed, for the arrows and for descent</source>
        <translation>矢印と降下に使う ∇f の計算方法です</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="246"/>
        <source>Difference scheme used for the numerical gradient</source>
        <translation>数値勾配に使う差分の方式です</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="249"/>
        <source>Scheme</source>
        <translation>差分の方式</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="258"/>
        <source>Animation</source>
        <translation>アニメーション</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="264"/>
        <source>How fast computed steps are drawn (computing is never slowed)</source>
        <translation>計算したステップを描く速さです（計算そのものは遅くなりません）</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="265"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="301"/>
        <source>fix the highlighted setting first: %1</source>
        <translation>強調表示された設定を先に直してください：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/control_panel.py" line="316"/>
        <source>%1 η=%2%3, ≤%n steps</source>
        <translation>
            <numerusform>%1 η=%2%3、最大 %n ステップ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="452"/>
        <source>Your formula (from the box below)</source>
        <translation>入力した数式（下の数式の欄から）</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="453"/>
        <source>Type a formula below and press Enter</source>
        <translation>下の数式の欄に数式を入力して Enter を押してください</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="495"/>
        <source>A typed formula has no exact gradient: finite differences only</source>
        <translation>入力した数式には厳密な勾配の式がないため、有限差分だけを使います</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="505"/>
        <source>Click the field: λmax at the start and the largest stable η (2/λmax) show here.</source>
        <translation>ベクトル場をクリックすると、安定な最大の η（2/λmax）と開始点での λmax がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="512"/>
        <source>No stability bound at the start: %1</source>
        <translation>開始点で安定性の上限を求められません：%1</translation>
    </message>
</context>
<context>
    <name>DerivativeLab</name>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="94"/>
        <source>The function to differentiate (the book&apos;s function_1 first)</source>
        <extracomment>the second preset: a function whose error curves show both truncation slopes, and where the central difference had no truncation error (a quadratic)</extracomment>
        <translation>微分する関数（先頭は本の function_1）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="97"/>
        <source>eˣ at x = 1: both truncation slopes</source>
        <translation>eˣ（x = 1）：2 つの傾き</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="99"/>
        <source>The second preset: forward and backward differences fall with slope 1, central with slope 2, until rounding takes over (on the book&apos;s quadratic the central difference has no truncation error at all)</source>
        <translation>2 つ目の設定：丸め誤差が効いてくるまで、前方差分と後方差分は傾き 1、中心差分は傾き 2 で小さくなります（本の 2 次関数では中心差分に打ち切り誤差がまったくありません）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="108"/>
        <source>e.g. %1  (variable x)</source>
        <translation>例：%1（変数 x）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="110"/>
        <source>A formula in x: + − * / ** and sin, cos, exp, log, sqrt, abs …</source>
        <translation>x の数式：+ − * / ** と sin、cos、exp、log、sqrt、abs …</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="116"/>
        <source>Use</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="119"/>
        <location filename="../../gui/labs/derivative_lab.py" line="300"/>
        <source>x from</source>
        <translation>x の範囲</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="120"/>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="129"/>
        <source>Where to differentiate; or drag the vertical line in the plot</source>
        <translation>微分する位置。グラフの縦線をドラッグしても変えられます</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="135"/>
        <source>The step h, on a log scale from 1e−1 (left) to 1e−50 (right)</source>
        <translation>差分の幅 h。対数スケールで 1e−1（左）から 1e−50（右）まで</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="142"/>
        <source>1e−4 (book)</source>
        <translation>1e−4（本）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="143"/>
        <source>The book&apos;s step, h = 1e−4</source>
        <translation>本の差分の幅、h = 1e−4</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="144"/>
        <source>The book&apos;s example of a step too small for float64</source>
        <translation>float64 には小さすぎる幅の例（本の例）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="153"/>
        <source>scheme</source>
        <translation>差分の方式</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="157"/>
        <source>Compute f and x ± h in double or single precision</source>
        <translation>f と x ± h を倍精度または単精度で計算します</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="158"/>
        <source>precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="175"/>
        <source>Drag to move x</source>
        <translation>ドラッグして x を動かします</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="185"/>
        <source>|error|</source>
        <translation>|誤差|</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="210"/>
        <source>tangent from the numerical derivative</source>
        <translation>数値微分による接線</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="213"/>
        <source>derivative = 0 (x ± h == x)</source>
        <translation>微分 = 0（x ± h == x）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="216"/>
        <source>error exactly 0 (drawn at ½·eps·|f′|)</source>
        <translation>誤差がちょうど 0（½·eps·|f′| の位置に表示）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="301"/>
        <source>x to</source>
        <translation>x の範囲の終わり</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="309"/>
        <source>the formula must give one value per x</source>
        <translation>数式は x 1 つにつき値を 1 つ返す必要があります</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="376"/>
        <source>f(x) = %1 and its tangent</source>
        <translation>f(x) = %1 とその接線</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="405"/>
        <source>&lt;b&gt;h = %1 is too small here.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;ここでは h = %1 は小さすぎます。&lt;/b&gt;%2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="415"/>
        <source>The central difference is exact on a quadratic such as the book&apos;s function_1: (f(x+h) − f(x−h))/2h = f′(x) for every h, so its |error| is rounding alone and shows no slope 2. The button “eˣ at x = 1” shows both truncation slopes.</source>
        <translation>本の function_1 のような 2 次関数では、中心差分は厳密です：どの h でも (f(x+h) − f(x−h))/2h = f′(x) なので、|誤差| は丸め誤差だけで、傾き 2 は現れません。ボタン「eˣ（x = 1）」で打ち切り誤差の 2 つの傾きが見られます。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="420"/>
        <source>In float32, 1e−50 is itself 0.0 (the smallest float32 is about 1.4e−45): x + h == x because h is 0, and the difference quotient is 0/1e−50 = 0.</source>
        <translation>float32 では 1e−50 そのものが 0.0 です（float32 の最小の数は約 1.4e−45）：h が 0 なので x + h == x となり、差分商は 0/1e−50 = 0 です。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="425"/>
        <source>The complex step has no cancellation, but in float32 f itself is computed in single precision: its |error| stays near ½·eps·|f′| ≈ %1 whatever h (a band, not a slope); below 1.2e−38 the step is subnormal and loses digits.</source>
        <translation>複素ステップには桁落ちがありませんが、float32 では f そのものが単精度で計算されます：h によらず |誤差| は ½·eps·|f′| ≈ %1 の近くにとどまります（傾きではなく帯）。1.2e−38 より小さいと幅が非正規化数になり、桁を失います。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="433"/>
        <source>numerical f′(%1)</source>
        <translation>数値微分 f′(%1)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="434"/>
        <source>%1 f′(%2)</source>
        <translation>%1 f′(%2)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="436"/>
        <source>absolute error</source>
        <translation>絶対誤差</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="437"/>
        <source>relative error</source>
        <translation>相対誤差</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="441"/>
        <source>identical ✓</source>
        <translation>一致 ✓</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="441"/>
        <source>differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="442"/>
        <source>the book prints</source>
        <translation>本の出力</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="494"/>
        <source>|error| of f′(%1) against h, %2  (current scheme thick)</source>
        <translation>h に対する f′(%1) の |誤差|、%2（現在の方式は太線）</translation>
    </message>
</context>
<context>
    <name>FieldCanvas</name>
    <message>
        <location filename="../../gui/canvas/field_canvas.py" line="595"/>
        <source>Could not evaluate %1: %2</source>
        <extracomment>the book&apos;s ch. 4 quiver grid (gradient_2d.py), 18 points the book view&apos;s shaft width, in grid cells: plt.quiver&apos;s 0.005 of the axes&apos; width on [−2, 2] is 0.08 of a cell; a little more reads better on a screen and a slide a Shift-drag drew this box (x0_min, x0_max, x1_min, x1_max): release a swarm over it heatmap covers this fraction of the view beyond each edge where the field is computed (None: here) the key its jobs are submitted under the field behind the arrows last drawn data distance between neighbouring arrows computing time of the last field drawn (field + heatmap + contours) the colour keys beside the plot (small multiples share one figure&apos;s) the state followed (bind_state), if any labs draw extra items here, in data coordinates the arrows&apos; key (|∇f|)</extracomment>
        <translation>%1 を計算できませんでした：%2</translation>
    </message>
</context>
<context>
    <name>FormulaField</name>
    <message>
        <location filename="../../gui/controls/formula_field.py" line="80"/>
        <source>Formula…  e.g. x0**2 + x1**2</source>
        <translation>数式…  例：x0**2 + x1**2</translation>
    </message>
    <message>
        <location filename="../../gui/controls/formula_field.py" line="81"/>
        <source>Type f(x0, x1) and press Enter: + − * / ** and sin, cos, exp, log, sqrt, abs…</source>
        <translation>f(x0, x1) を入力して Enter を押します：+ − * / ** と sin、cos、exp、log、sqrt、abs…</translation>
    </message>
    <message>
        <location filename="../../gui/controls/formula_field.py" line="82"/>
        <source>Use</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../gui/controls/formula_field.py" line="83"/>
        <source>Draw this formula&apos;s field (gradients are then numerical)</source>
        <translation>この数式のベクトル場を描きます（勾配は数値微分で求めます）</translation>
    </message>
    <message>
        <location filename="../../gui/controls/formula_field.py" line="117"/>
        <source>valid formula: press Enter to use it</source>
        <translation>正しい数式です。Enter で適用します</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <location filename="../../gui/help_text.py" line="17"/>
        <source>How to use Gradient Explorer</source>
        <translation>Gradient Explorer の使い方</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="18"/>
        <source>About Gradient Explorer</source>
        <translation>Gradient Explorer について</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="24"/>
        <source>The arrows show &lt;b&gt;−∇f&lt;/b&gt;, the direction in which f decreases fastest; their colour (and, in &lt;i&gt;scaled&lt;/i&gt; mode, their length) shows |∇f|.</source>
        <extracomment>The how-to as ``(tag, text or texts)``: ``h3``/``h4``/``p`` hold one source text, ``ol``/``ul`` a tuple of list items.</extracomment>
        <translation>矢印は、f が最も速く減少する向きである &lt;b&gt;−∇f&lt;/b&gt; を示します。矢印の色（&lt;i&gt;|∇f| に比例&lt;/i&gt; のモードでは長さも）は |∇f| を表します。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="27"/>
        <source>&lt;b&gt;Pick a function&lt;/b&gt; in the panel on the left, or type your own in the Formula box (use &lt;code&gt;x0&lt;/code&gt; and &lt;code&gt;x1&lt;/code&gt;, e.g. &lt;code&gt;x0**2 + 3*x1**2&lt;/code&gt;; &lt;code&gt;x0²&lt;/code&gt;, &lt;code&gt;×&lt;/code&gt; and full-width characters are read too) and press Enter. A red border means the formula was refused; the reason and its column are shown under it.</source>
        <translation>左のパネルで&lt;b&gt;関数を選ぶ&lt;/b&gt;か、数式の欄に自分で入力して Enter を押します（&lt;code&gt;x0&lt;/code&gt; と &lt;code&gt;x1&lt;/code&gt; を使います。例：&lt;code&gt;x0**2 + 3*x1**2&lt;/code&gt;。&lt;code&gt;x0²&lt;/code&gt;、&lt;code&gt;×&lt;/code&gt;、全角文字も読み取ります）。枠が赤くなったら、その数式は受け付けられていません。理由と位置（列）が下に表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="32"/>
        <source>&lt;b&gt;Click anywhere on the field&lt;/b&gt; to start gradient descent there with the current settings. Each run gets its own colour; start as many as you like. &lt;b&gt;Shift-drag&lt;/b&gt; a rectangle to release a swarm: a 30×30 grid of starts over it.</source>
        <translation>&lt;b&gt;ベクトル場のどこかをクリック&lt;/b&gt;すると、現在の設定でその点から勾配降下法を始めます。実行ごとに色が付き、いくつでも始められます。&lt;b&gt;Shift を押しながらドラッグ&lt;/b&gt;して四角形を描くと群れを放ちます：その中に 30×30 の格子状に開始点を置きます。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="36"/>
        <source>Choose the &lt;b&gt;optimizer&lt;/b&gt;, the &lt;b&gt;learning rate η&lt;/b&gt; (slider or text, log scale), the step limit and the tolerance. Values outside their range are refused with the reason shown. Under η the panel shows the largest stable η at your last start, 2/λmax; &lt;i&gt;Suggest η&lt;/i&gt; sets a safe one.</source>
        <translation>&lt;b&gt;最適化手法&lt;/b&gt;、&lt;b&gt;学習率 η&lt;/b&gt;（スライダーまたは入力欄、対数スケール）、ステップ上限、許容誤差を選びます。範囲外の値は理由を示して拒否されます。η の下には、最後の開始点で安定な最大の η（2/λmax）が表示され、&lt;i&gt;η を提案&lt;/i&gt; で安全な値が設定されます。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="40"/>
        <source>Choose an &lt;b&gt;analytic&lt;/b&gt; or a &lt;b&gt;numerical&lt;/b&gt; gradient (finite differences with step h and a scheme): the arrows and the runs both use it.</source>
        <translation>&lt;b&gt;解析的&lt;/b&gt;な勾配か&lt;b&gt;数値&lt;/b&gt;勾配（差分の幅 h と差分の方式による有限差分）かを選びます。矢印も実行もこれを使います。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="42"/>
        <source>&lt;b&gt;Animation speed&lt;/b&gt; only changes how fast steps are drawn, never the result.</source>
        <translation>&lt;b&gt;アニメーション速度&lt;/b&gt;はステップを描く速さを変えるだけで、結果は変わりません。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="45"/>
        <source>While runs are going</source>
        <translation>実行中の操作</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="47"/>
        <source>&lt;b&gt;Space&lt;/b&gt; pauses or resumes all runs, &lt;b&gt;Ctrl+→&lt;/b&gt; shows one more step of each, &lt;b&gt;Esc&lt;/b&gt; cancels them, &lt;b&gt;Ctrl+K&lt;/b&gt; clears the paths (also in the Run menu).</source>
        <translation>&lt;b&gt;スペースキー&lt;/b&gt;ですべての実行を一時停止／再開し、&lt;b&gt;Ctrl+→&lt;/b&gt; で各実行をもう 1 ステップ表示し、&lt;b&gt;Esc&lt;/b&gt; でキャンセルし、&lt;b&gt;Ctrl+K&lt;/b&gt; で経路を消去します（「実行」メニューにもあります）。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="50"/>
        <source>Select rows of the run table to highlight those paths and plot f against the step; right-click them to pause, step, cancel or remove just those runs.</source>
        <translation>実行の表で行を選ぶと、その経路が強調され、ステップに対する f がプロットされます。右クリックすると、その実行だけを一時停止、1 ステップ進める、キャンセル、削除できます。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="53"/>
        <source>The &lt;b&gt;Outcome&lt;/b&gt; column says how each run really ended: minimum, saddle point, plateau, diverged …; hover it for the sentence with the numbers that explain it.</source>
        <translation>&lt;b&gt;結果&lt;/b&gt;の列は、各実行が実際にどう終わったか（最小値に到達、鞍点、プラトー、発散 …）を示します。マウスを重ねると、根拠となる数値を挙げて説明する文が表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="56"/>
        <source>Click a point of a path to see that step: x, ∇f, η∇f and the next x.</source>
        <translation>経路上の点をクリックすると、そのステップの x、∇f、η∇f と次の x が表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="57"/>
        <source>A run that &lt;b&gt;diverges&lt;/b&gt; stops by itself; the view does not move. Try a smaller η.</source>
        <translation>&lt;b&gt;発散&lt;/b&gt;した実行は自動的に止まり、表示は動きません。もっと小さい η を試してください。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="60"/>
        <source>View and files</source>
        <translation>表示とファイル</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="62"/>
        <source>View ▸ layers, arrow mode, log heatmap, light/dark theme, language; &lt;i&gt;Book view&lt;/i&gt; draws the book&apos;s 18×18 grey quiver on [−2, 2]²; &lt;i&gt;Reset view&lt;/i&gt; returns to the function&apos;s box; &lt;i&gt;3-D view&lt;/i&gt; shows f as a surface with the runs on it.</source>
        <translation>表示 ▸ レイヤー、矢印のモード、対数ヒートマップ、ライト／ダークのテーマ、言語。&lt;i&gt;本の図&lt;/i&gt;は本と同じ [−2, 2]² 上の 18×18 本の灰色の矢印を描き、&lt;i&gt;表示をリセット&lt;/i&gt;は関数の既定の範囲に戻し、&lt;i&gt;3D 表示&lt;/i&gt;は f を曲面で描いてその上に実行を示します。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="66"/>
        <source>File ▸ export the canvas as PNG (1× or 2×) or SVG, the whole window as PNG, the runs as CSV; save and reopen whole sessions.</source>
        <translation>ファイル ▸ キャンバスを PNG（1× または 2×）や SVG で、ウィンドウ全体を PNG で、実行を CSV でエクスポートします。セッション全体を保存して、あとで開き直せます。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="68"/>
        <source>The other tabs are labs: small experiments from the book&apos;s chapter 4.</source>
        <translation>ほかのタブは実験です：本の 4 章の内容を試す小さな実験です。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="73"/>
        <source>An interactive companion to chapter 4 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt;: numerical differentiation, gradients and gradient descent, drawn as a field you can click into.</source>
        <translation>&lt;i&gt;ゼロから作るDeep Learning&lt;/i&gt; の 4 章と一緒に使う対話型のプログラムです：数値微分、勾配、勾配降下法を、クリックして試せるベクトル場として描きます。</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="76"/>
        <source>Built with numpy, PySide6 and pyqtgraph.</source>
        <translation>numpy、PySide6、pyqtgraph で作られています。</translation>
    </message>
</context>
<context>
    <name>LabWidget</name>
    <message>
        <location filename="../../gui/labs/lab_base.py" line="88"/>
        <source>The computation failed: %1</source>
        <extracomment>wide enough for the longest catalogue title in a lab&apos;s &quot;f&quot; box (&quot;Stretched bowl (x0²/20 + x1², ch. 6)&quot;) How long :meth:`LabWidget.wait_until_computed` waits by default (a 20 000-step preset of every lane takes a few seconds on the worker). What :meth:`LabWidget.show_error` shows: a text, a Message (rendered in the language shown), or a function giving the text in the current language (re-asked on a language switch).</extracomment>
        <translation>計算に失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lab_base.py" line="132"/>
        <source>computing … %p%</source>
        <translation>計算中 … %p%</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lab_base.py" line="134"/>
        <source>This lab is computing on the worker thread; you may keep working</source>
        <translation>この実験はワーカースレッドで計算中です。作業を続けてかまいません</translation>
    </message>
</context>
<context>
    <name>LearningRateRaceLab</name>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="69"/>
        <source>numerical gradient (as the book)</source>
        <extracomment>A sign before each verdict word in the table: reached, ran away, bounced, out of steps, stuck. Nine significant digits, as numpy prints the book&apos;s arrays.</extracomment>
        <translation>数値勾配（本と同じ）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="75"/>
        <source>final x0</source>
        <translation>最終 x0</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="75"/>
        <source>final x1</source>
        <translation>最終 x1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="75"/>
        <source>f(final)</source>
        <translation>f(最終)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="75"/>
        <source>the book</source>
        <translation>本</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="84"/>
        <source>optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="89"/>
        <source>The learning rates in the race (each gets its own colour)</source>
        <translation>競争に出る学習率（それぞれ別の色）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="92"/>
        <source>e.g. %1 or %2</source>
        <translation>例：%1 または %2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="95"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="99"/>
        <source>Remove selected</source>
        <translation>選択を削除</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="100"/>
        <source>Book preset</source>
        <translation>本の設定</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="103"/>
        <source>Suggest η</source>
        <translation>η を提案</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="105"/>
        <source>Add η = 1/λmax over the part of the view below the start: safe for plain gradient descent (λmax: the largest curvature of f; steps are stable only for η &lt; 2/λmax)</source>
        <translation>表示範囲のうち開始点より f が低い部分の λmax から η = 1/λmax を追加します：素朴な勾配降下法で安全な値です（λmax：f の最大の曲率。η &lt; 2/λmax のときだけステップは安定です）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="162"/>
        <source>η = %1 is already in the race</source>
        <translation>η = %1 はすでに競争に入っています</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="222"/>
        <source>numerical ∇f</source>
        <translation>数値 ∇f</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="222"/>
        <source>analytic ∇f</source>
        <translation>解析的 ∇f</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="223"/>
        <source>f against the step (%1, %2; log scale)</source>
        <translation>ステップに対する f（%1、%2、対数スケール）</translation>
    </message>
</context>
<context>
    <name>LineFitPage</name>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="179"/>
        <source>points</source>
        <extracomment>Most steps one run may take (about 0.4 s on the worker at 18 µs a step). Epochs revealed per second, by the speed box (math.inf: at once).</extracomment>
        <translation>点の数</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="179"/>
        <source>noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="179"/>
        <source>data seed</source>
        <translation>データのシード</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="180"/>
        <source>batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="180"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="180"/>
        <source>epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="181"/>
        <source>optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="181"/>
        <source>sampling</source>
        <translation>バッチの抽出</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="181"/>
        <source>batch seed</source>
        <translation>バッチのシード</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="182"/>
        <source>show</source>
        <translation>表示速度</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="185"/>
        <source>and full-batch descent from the same point</source>
        <translation>同じ点からフルバッチの勾配降下法も</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="186"/>
        <source>shuffled epochs</source>
        <translation>エポックごとにシャッフル</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="187"/>
        <source>with replacement</source>
        <translation>復元抽出</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="189"/>
        <source>at once</source>
        <translation>即時</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="190"/>
        <source>%1 epochs per second</source>
        <translation>%1 エポック/秒</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="191"/>
        <source>Clear paths</source>
        <translation>経路を消去</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="192"/>
        <source>Click the field: mini-batch descent starts there with this batch size. x0 is the slope w, x1 the intercept b.</source>
        <translation>ベクトル場をクリックすると、その点からこのバッチサイズでミニバッチの勾配降下法が始まります。x0 は傾き w、x1 は切片 b です。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="194"/>
        <source>The data and the fitted lines</source>
        <translation>データと当てはめた直線</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="204"/>
        <source>slope w (x0)</source>
        <translation>傾き w（x0）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="205"/>
        <source>intercept b (x1)</source>
        <translation>切片 b（x1）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="260"/>
        <source>%1 epochs of batches of %2 are %3 steps; at most %4 per run: fewer epochs or a larger batch.</source>
        <translation>バッチサイズ %2 で %1 エポックは %3 ステップです。1 回の実行は最大 %4 ステップまでです：エポック数を減らすか、バッチを大きくしてください。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="353"/>
        <source>full batch (%1 points)</source>
        <translation>フルバッチ（%1 点）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="353"/>
        <source>batch %1</source>
        <translation>バッチ %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="358"/>
        <source>%1, %2 η = %3: epoch %4 of %5, %6 steps, L = %7</source>
        <translation>%1、%2 η = %3：エポック %4/%5、%6 ステップ、L = %7</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="364"/>
        <source>least squares: w = %1, b = %2, L = %3 (grey line; dashed: the true line)</source>
        <translation>最小2乗法：w = %1、b = %2、L = %3（灰色の線。破線はデータを作った直線）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="372"/>
        <source>One epoch is one pass over the %1 points: a batch of B takes %1/B steps of it. Small batches take many cheap, noisy steps; the full batch one exact, expensive step per epoch. The paths are revealed epoch by epoch, so they advance by the same amount of data seen.</source>
        <translation>1 エポックは %1 点をひととおり使うことです：バッチサイズが B なら 1 エポックは %1/B ステップです。小さなバッチは安くてノイズの多いステップを何度も踏み、フルバッチはエポックごとに正確だが高価なステップを 1 回踏みます。経路はエポックごとに表示されるので、どれも同じ量のデータを見た分だけ進みます。</translation>
    </message>
</context>
<context>
    <name>LogNumberField</name>
    <message>
        <location filename="../../gui/controls/validated_field.py" line="238"/>
        <source>%1 (log scale)</source>
        <extracomment>Style for a field whose text was refused (kept small: only the border changes).</extracomment>
        <translation>%1（対数スケール）</translation>
    </message>
    <message>
        <location filename="../../gui/controls/validated_field.py" line="238"/>
        <source>log scale</source>
        <translation>対数スケール</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../gui/loss_plot.py" line="25"/>
        <source>Finished runs appear here; select runs in the table to choose which</source>
        <translation>終了した実行がここに表示されます。表で実行を選ぶと、表示する実行を選べます</translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="27"/>
        <source>the finished runs (select rows to choose)</source>
        <extracomment>said under the plot when it shows the finished runs because none is selected</extracomment>
        <translation>終了した実行（行を選んで選択できます）</translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="91"/>
        <source>step</source>
        <extracomment>room above the plot for the top tick&apos;s value (centred on the top edge, half of it was cut) More points than this per curve are reduced to their per-bin minimum and maximum: a 100k-step curve drawn point by point costs ~70 ms a frame, its min/max envelope looks identical. whether the runs shown were selected (else: the finished ones)</extracomment>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="92"/>
        <source>f against the step for the selected runs (or, with none selected, the finished ones)</source>
        <translation>選択した実行のステップごとの f（選択がなければ終了した実行）</translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="95"/>
        <location filename="../../gui/loss_plot.py" line="111"/>
        <source>run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="149"/>
        <source>log scale</source>
        <translation>対数スケール</translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="149"/>
        <source>linear scale: f ≤ 0 occurs, so no log axis</source>
        <translation>線形スケール：f ≤ 0 の値があるため対数軸は使えません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/loss_plot.py" line="151"/>
        <source>%n undefined values not drawn</source>
        <translation>
            <numerusform>未定義の値 %n 個は描いていません</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="152"/>
        <source>; </source>
        <comment>between the parts of the note under the plot</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="70"/>
        <source>Field arrows</source>
        <extracomment>(layer, label): the labels are source texts of the &quot;MainWindow&quot; context, translated where shown.</extracomment>
        <translation>ベクトル場の矢印</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="71"/>
        <source>Heatmap</source>
        <translation>ヒートマップ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="72"/>
        <source>Contours</source>
        <translation>等高線</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="73"/>
        <source>Critical points</source>
        <translation>臨界点</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="74"/>
        <source>Paths</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="76"/>
        <source>Light</source>
        <extracomment>Theme names → their menu texts and tips (&quot;MainWindow&quot; context); another theme shows its name.</extracomment>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="76"/>
        <source>Light colours</source>
        <translation>明るい配色（本と同じ、印刷向き）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="77"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="77"/>
        <source>Dark colours</source>
        <translation>暗い配色</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="163"/>
        <source>Cursor position, f and ∇f there</source>
        <extracomment>The smallest default window; on a larger screen the window grows (up to PREFERRED_SIZE) and the canvas takes all of the extra width. How long the warning that no font covers the chosen language stays in the status bar. with no run selected, the loss plot shows the last this many finished runs a swarm is this many starts on a side, spread over the visible field Every text of the menus, tabs and status bar labels, in the current language. Everything the Explorer shows and runs with (gui.model.explorer_state): the panel and the menus write it; the canvas, the runs&apos; speed and this window&apos;s looks follow it. Each run&apos;s verdict once its end is shown (numerics.diagnosis): the table, the status line, the step box, the CSV and the session read it from the run. A typed formula&apos;s minima, saddles and maxima, found as a job and marked on the canvas.</extracomment>
        <translation>カーソルの位置と、そこでの f と ∇f</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="169"/>
        <source>Explorer</source>
        <translation>エクスプローラー</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234"/>
        <source>3-D view</source>
        <translation>3D 表示</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="284"/>
        <source>This lab could not be opened:
%1: %2</source>
        <translation>この実験を開けませんでした：
%1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="327"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="328"/>
        <source>Export &amp;image…</source>
        <translation>画像をエクスポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329"/>
        <source>Save the figure (PNG 1×/2×, SVG) or the whole window (PNG)</source>
        <translation>図（PNG 1×/2×、SVG）またはウィンドウ全体（PNG）を保存します</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="330"/>
        <source>Export &amp;3-D view…</source>
        <translation>3D 表示をエクスポート(&amp;3)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="331"/>
        <source>Save the 3-D view as PNG</source>
        <translation>3D 表示を PNG で保存します</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332"/>
        <source>Export &amp;trajectories…</source>
        <translation>軌跡をエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="333"/>
        <source>Save every run&apos;s steps as CSV</source>
        <translation>すべての実行のステップを CSV で保存します</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="335"/>
        <source>&amp;Open session…</source>
        <translation>セッションを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="336"/>
        <source>Restore a saved session</source>
        <translation>保存したセッションを復元します</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="337"/>
        <source>Save &amp;session…</source>
        <translation>セッションを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338"/>
        <source>Save function, settings and run starts</source>
        <translation>関数、設定、実行の開始点を保存します</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="340"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="341"/>
        <source>Close Gradient Explorer</source>
        <translation>Gradient Explorer を閉じます</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="346"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="347"/>
        <source>&amp;Copy image</source>
        <translation>画像をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="348"/>
        <source>Copy the current figure to the clipboard</source>
        <translation>表示中の図をクリップボードにコピーします</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="353"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="356"/>
        <source>Show or hide the %1</source>
        <translation>%1の表示／非表示</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="359"/>
        <source>Arrow &amp;length</source>
        <translation>矢印の長さ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="361"/>
        <source>Scaled by |∇f|</source>
        <translation>|∇f| に比例</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="361"/>
        <source>Arrow length proportional to |∇f|</source>
        <translation>矢印の長さを |∇f| に比例させます</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="362"/>
        <source>Unit length</source>
        <translation>単位長さ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="362"/>
        <source>Every arrow the same length</source>
        <translation>すべての矢印を同じ長さで描きます</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="367"/>
        <source>&amp;Log heatmap</source>
        <translation>対数ヒートマップ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="368"/>
        <source>Colour f on a log scale</source>
        <translation>f を対数スケールで色分けします</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="369"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="379"/>
        <source>&amp;Book view</source>
        <translation>本の図(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="380"/>
        <source>The book&apos;s figure: 18×18 grey arrows on [−2, 2]²</source>
        <translation>本の図：[−2, 2]² 上の 18×18 本の灰色の矢印</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="381"/>
        <source>&amp;Reset view</source>
        <translation>表示をリセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="382"/>
        <source>Back to the function&apos;s own box</source>
        <translation>関数の既定の範囲に戻ります</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="384"/>
        <source>&amp;3-D view</source>
        <translation>3D 表示(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="385"/>
        <source>Show f as a surface beside the canvas, with the runs rolling on it</source>
        <translation>キャンバスの横に f を曲面で描き、その上を転がる実行を表示します</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="392"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="393"/>
        <source>&amp;Pause/Resume all</source>
        <translation>すべて一時停止／再開(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="394"/>
        <source>Pause every run, or resume them</source>
        <translation>すべての実行を一時停止、または再開します</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="395"/>
        <source>&amp;Step all</source>
        <translation>すべて 1 ステップ進める(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="396"/>
        <source>Show one more step of every run (pauses them)</source>
        <translation>すべての実行をもう 1 ステップ表示します（一時停止します）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="397"/>
        <source>&amp;Cancel all</source>
        <translation>すべてキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="398"/>
        <source>Stop every run</source>
        <translation>すべての実行を止めます</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="399"/>
        <source>S&amp;warm over the view</source>
        <translation>表示範囲に群れを放つ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="400"/>
        <source>Release a %1×%1 grid of starts over the visible field, all descending together with the panel&apos;s settings</source>
        <translation>表示中のベクトル場に %1×%1 の格子状に開始点を置き、パネルの設定ですべて一緒に降下させます</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="403"/>
        <source>C&amp;lear paths</source>
        <translation>経路を消去(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="404"/>
        <source>Remove every path (cancels running ones)</source>
        <translation>すべての経路を消去します（実行中のものはキャンセルされます）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="406"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="407"/>
        <source>&amp;How to use</source>
        <translation>使い方(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="408"/>
        <source>A short guide</source>
        <translation>簡単なガイド</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="409"/>
        <source>&amp;About</source>
        <translation>Gradient Explorer について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="410"/>
        <source>About Gradient Explorer</source>
        <translation>Gradient Explorer について</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="426"/>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="430"/>
        <source>&amp;System (%1)</source>
        <translation>システムの設定(&amp;S)（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="431"/>
        <source>Follow the language of the system</source>
        <translation>システムの言語に従います</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="446"/>
        <location filename="../../gui/main_window.py" line="676"/>
        <source>Move the mouse over the field</source>
        <translation>ベクトル場の上でマウスを動かしてください</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="498"/>
        <source>Could not draw the field: %1</source>
        <extracomment>Actions that act on the Explorer&apos;s canvas and runs: off while a lab is shown, so their keys (Space, Esc, Ctrl+→ …) neither act on hidden runs nor clash with a lab&apos;s own shortcuts.</extracomment>
        <translation>ベクトル場を描けませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="517"/>
        <location filename="../../gui/main_window.py" line="526"/>
        <location filename="../../gui/main_window.py" line="556"/>
        <location filename="../../gui/main_window.py" line="570"/>
        <location filename="../../gui/main_window.py" line="892"/>
        <source>Not started: %1</source>
        <translation>開始しませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="529"/>
        <source>Run %1 started at %2 (%3)</source>
        <translation>実行 %1 を %2 から開始しました（%3）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="536"/>
        <source>Resumed all runs</source>
        <translation>すべての実行を再開しました</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="539"/>
        <source>Paused all runs</source>
        <translation>すべての実行を一時停止しました</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="545"/>
        <source>Cancelled all runs</source>
        <translation>すべての実行をキャンセルしました</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="549"/>
        <source>Paths cleared</source>
        <translation>経路を消去しました</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="572"/>
        <source>Swarm of %n starts released (runs %1–%2)</source>
        <translation>
            <numerusform>%n 個の開始点の群れを放ちました（実行 %1–%2）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="593"/>
        <source>Run %1 — %2</source>
        <translation>実行 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="601"/>
        <source>, </source>
        <comment>between the verdict counts of a swarm</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="602"/>
        <source>%1: %2</source>
        <comment>a verdict and how many runs ended with it</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="606"/>
        <source>Swarm of %n runs (%1–%2) ended — %3.</source>
        <translation>
            <numerusform>%n 個の実行の群れ（%1–%2）が終了しました — %3。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="618"/>
        <source>Run %1 failed: %2</source>
        <translation>実行 %1 が失敗しました：%2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="619"/>
        <source>Run failed</source>
        <translation>実行に失敗しました</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="620"/>
        <source>Run %1 stopped because computing it failed:

%2

The window keeps working; check the function or the settings.</source>
        <translation>実行 %1 は計算に失敗したため止まりました：

%2

ウィンドウはそのまま使えます。関数か設定を確認してください。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="678"/>
        <source>%1: click the field to start a descent</source>
        <translation>%1：ベクトル場をクリックすると降下を始めます</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="709"/>
        <source>f undefined here (%1)</source>
        <translation>ここでは f が定義されていません（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="796"/>
        <source>no licence declared yet</source>
        <translation>ライセンスはまだ決まっていません</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="799"/>
        <source>unknown</source>
        <comment>the app&apos;s version</comment>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="800"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="801"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="844"/>
        <source>Copy failed</source>
        <translation>コピーに失敗しました</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="846"/>
        <source>Figure copied to the clipboard</source>
        <translation>図をクリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="914"/>
        <source>Not started: %1 runs of up to %2 steps could need %3 GiB, with %4 GiB held by the runs shown (the limit is %5 GiB); clear paths, or use fewer runs or steps</source>
        <translation>開始しませんでした：最大 %2 ステップの実行 %1 個に %3 GiB が必要になる可能性があり、表示中の実行がすでに %4 GiB を使っています（上限は %5 GiB）。経路を消去するか、実行数またはステップ数を減らしてください</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="930"/>
        <source>Could not open the session</source>
        <translation>セッションを開けませんでした</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="934"/>
        <source>Session opened without its runs</source>
        <translation>実行なしでセッションを開きました</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="937"/>
        <source>Opened session %1</source>
        <translation>セッション %1 を開きました</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="947"/>
        <source>Could not save the session</source>
        <translation>セッションを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="950"/>
        <source>Saved session %1</source>
        <translation>セッション %1 を保存しました</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="957"/>
        <source>PNG image, 2× resolution (*.png)</source>
        <translation>PNG 画像、2 倍の解像度 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="958"/>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG ベクター画像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="959"/>
        <source>Whole window, PNG (*.png)</source>
        <translation>ウィンドウ全体、PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="960"/>
        <source>Export image</source>
        <translation>画像をエクスポート</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="973"/>
        <source>Export 3-D view</source>
        <translation>3D 表示をエクスポート</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="985"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="986"/>
        <source>Could not write %1:

%2</source>
        <translation>%1 に書き込めませんでした：

%2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="989"/>
        <source>Wrote %1</source>
        <translation>%1 に書き込みました</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="994"/>
        <source>Nothing to export</source>
        <translation>エクスポートするものがありません</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="994"/>
        <source>Start a run first: click the field.</source>
        <translation>まず実行を始めてください：ベクトル場をクリックします。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="996"/>
        <source>Export trajectories</source>
        <translation>軌跡をエクスポート</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="997"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1002"/>
        <source>Open session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1003"/>
        <location filename="../../gui/main_window.py" line="1010"/>
        <source>Gradient Explorer session (*.json)</source>
        <translation>Gradient Explorer セッション (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1004"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1009"/>
        <source>Save session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1038"/>
        <source>Some saved settings were unusable and were reset: %1</source>
        <translation>保存された設定の一部が使えなかったため、初期値に戻しました：%1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1039"/>
        <source>; </source>
        <comment>between the reasons of a list</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="956"/>
        <location filename="../../gui/main_window.py" line="974"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
</context>
<context>
    <name>MnistSource</name>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="112"/>
        <source>Open folder…</source>
        <extracomment>The download order: the test pair first (enough to train on the split), then the training pair.</extracomment>
        <translation>フォルダを開く…</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="113"/>
        <source>The folder with the book&apos;s MNIST files (its dataset/ folder: t10k-images-idx3-ubyte.gz and the others)</source>
        <translation>本の MNIST のファイルがあるフォルダ（dataset/ フォルダ：t10k-images-idx3-ubyte.gz など）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="115"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="116"/>
        <source>Download the four MNIST files (about 11 MB) into %1</source>
        <translation>MNIST の 4 つのファイル（約 11 MB）を %1 にダウンロードします</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="118"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="140"/>
        <source>The folder with the MNIST files</source>
        <translation>MNIST のファイルがあるフォルダ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="147"/>
        <source>No MNIST files yet: open the folder that holds them (the book&apos;s dataset/), or download them.</source>
        <translation>MNIST のファイルがまだありません：ファイルのあるフォルダ（本の dataset/）を開くか、ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="150"/>
        <source>MNIST folder: %1</source>
        <translation>MNIST フォルダ：%1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="169"/>
        <source>starting …</source>
        <translation>開始中 …</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="191"/>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="190"/>
        <source>file %1 of %2: %3</source>
        <translation>ファイル %1/%2：%3</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="198"/>
        <source>downloaded</source>
        <translation>ダウンロード完了</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="212"/>
        <source>Download cancelled; the next download continues where this one stopped.</source>
        <translation>ダウンロードをキャンセルしました。次のダウンロードは止まったところから続きます。</translation>
    </message>
</context>
<context>
    <name>NetworkLab</name>
    <message>
        <location filename="../../gui/labs/network_lab.py" line="92"/>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_lab.py" line="93"/>
        <source>simpleNet: dW (4.4.2)</source>
        <translation>simpleNet の勾配 dW（4.4.2）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_lab.py" line="94"/>
        <source>Mini-batches on the canvas</source>
        <translation>ベクトル場の上のミニバッチ</translation>
    </message>
</context>
<context>
    <name>NetworkPlots</name>
    <message>
        <location filename="../../gui/labs/network_plots.py" line="24"/>
        <source>mini-batch loss</source>
        <translation>ミニバッチの損失</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_plots.py" line="25"/>
        <source>average of %n iterations</source>
        <translation>%n イテレーションの平均</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_plots.py" line="26"/>
        <source>train acc</source>
        <translation>訓練データの認識精度</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_plots.py" line="27"/>
        <source>test acc</source>
        <translation>テストデータの認識精度</translation>
    </message>
</context>
<context>
    <name>ObjectiveChooserMixin</name>
    <message>
        <location filename="../../gui/labs/objective_row.py" line="75"/>
        <source>e.g. %1</source>
        <translation>例：%1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/objective_row.py" line="77"/>
        <source>Use</source>
        <translation>適用</translation>
    </message>
</context>
<context>
    <name>OptimizersLab</name>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="64"/>
        <source>learning rate η of %1</source>
        <extracomment>The order of the optimizer rows (and of their colours, which stay put while ticking). One dash pattern per optimizer (in line widths), so that paths lying on one another stay apart on the overlaid field (AdaGrad&apos;s runs under RMSProp&apos;s from (−7, 2)) and in the loss plot. an optimizer row: its check box this wide (so the η boxes line up), its hyper-parameters indented under it by this much</extracomment>
        <translation>%1 の学習率 η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="67"/>
        <source>%1 has no hyper-parameters besides η</source>
        <translation>%1 には η 以外のハイパーパラメータがありません</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="84"/>
        <source>η of %1</source>
        <translation>%1 の η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="112"/>
        <source>optimizer: η, hyper-parameters</source>
        <translation>最適化手法：η、ハイパーパラメータ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="126"/>
        <source>small multiples (one field each)</source>
        <translation>並べて表示（手法ごとに 1 枚）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="205"/>
        <source>numerical ∇f</source>
        <translation>数値 ∇f</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="205"/>
        <source>analytic ∇f</source>
        <translation>解析的 ∇f</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labs/optimizers_lab.py" line="206"/>
        <source>f against the step (%1, %n steps; log scale)</source>
        <translation>
            <numerusform>ステップに対する f（%1、%n ステップ、対数スケール）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartialsLab</name>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="49"/>
        <source>x0 of the point</source>
        <translation>点の x0</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="50"/>
        <source>x1 of the point</source>
        <translation>点の x1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="54"/>
        <source>the step of numerical_diff (the book: 1e-4)</source>
        <translation>numerical_diff の差分の幅（本：1e-4）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="60"/>
        <source>scheme</source>
        <translation>差分の方式</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="62"/>
        <source>Click the field to move the point; drag the dotted lines in the slices.</source>
        <translation>ベクトル場をクリックすると点が移動します。断面のグラフの点線をドラッグしても動かせます。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="91"/>
        <location filename="../../gui/labs/partials_lab.py" line="118"/>
        <source>slice</source>
        <translation>断面</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="92"/>
        <location filename="../../gui/labs/partials_lab.py" line="119"/>
        <source>tangent</source>
        <translation>接線</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="153"/>
        <source>h must be between 0 and 1</source>
        <translation>h は 0 と 1 の間でなければなりません</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="199"/>
        <source>f along %1 with %2 = %3</source>
        <translation>%2 = %3 のときの %1 方向の f</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="218"/>
        <source>at %1, %2 difference, h = %3</source>
        <translation>点 %1、%2差分、h = %3</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="223"/>
        <source>%1 numerical</source>
        <translation>%1 数値微分</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="224"/>
        <source>%1 exact</source>
        <translation>%1 厳密値</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="226"/>
        <source>— (formula: no analytic ∇f)</source>
        <translation>—（数式：解析的な ∇f なし）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="228"/>
        <source>|error|</source>
        <translation>|誤差|</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="232"/>
        <source>identical ✓</source>
        <translation>一致 ✓</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="232"/>
        <source>differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="233"/>
        <source>the book prints</source>
        <translation>本の出力</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="236"/>
        <source>Each partial derivative is the slope of a one-variable slice: fix the other variable, differentiate the rest (the book&apos;s function_tmp1 and function_tmp2).</source>
        <translation>偏微分は、1 変数の断面の傾きです：ほかの変数を固定し、残りの変数で微分します（本の function_tmp1 と function_tmp2）。</translation>
    </message>
</context>
<context>
    <name>PathsLab</name>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="73"/>
        <source>start</source>
        <extracomment>The largest step count the labs offer (every lane runs on the worker: seconds, not frozen). A diverging lane is cut where it leaves the view grown this much: the rest is a line to 1e13.</extracomment>
        <translation>開始点</translation>
    </message>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="75"/>
        <source>Steps of every lane (Enter to run)</source>
        <translation>各レーンのステップ数（Enter で実行）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="76"/>
        <source>steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="95"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="109"/>
        <source>numerical gradient</source>
        <translation>数値勾配</translation>
    </message>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="136"/>
        <source>start x0</source>
        <translation>開始点 x0</translation>
    </message>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="136"/>
        <source>start x1</source>
        <translation>開始点 x1</translation>
    </message>
</context>
<context>
    <name>RunTable</name>
    <message>
        <location filename="../../gui/run_table.py" line="37"/>
        <source>Start</source>
        <extracomment>The headers: source texts of the &quot;RunTable&quot; context (&quot;#&quot;, &quot;f&quot; and &quot;|∇f|&quot; are notation).</extracomment>
        <translation>開始点</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="37"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="38"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="38"/>
        <source>Final x</source>
        <translation>最終 x</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="40"/>
        <source>Run number, beside the colour of its path</source>
        <translation>実行の番号と、その経路の色</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="41"/>
        <source>Where you clicked: the start point x⁽⁰⁾</source>
        <translation>クリックした場所：開始点 x⁽⁰⁾</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="42"/>
        <source>Steps taken so far</source>
        <translation>これまでに進んだステップ数</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="43"/>
        <source>The last point shown</source>
        <translation>最後に表示された点</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="44"/>
        <source>f at the last point shown</source>
        <translation>最後に表示された点での f</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="45"/>
        <source>Length of the gradient at the last point shown</source>
        <translation>最後に表示された点での勾配の大きさ</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="46"/>
        <source>What really happened: minimum, saddle point, diverged, plateau … (or that it is still running); hover a cell for the sentence that explains it</source>
        <translation>実際に起きたこと：最小値に到達、鞍点、発散、プラトー …（またはまだ実行中）。セルにマウスを重ねると説明の文が表示されます</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="51"/>
        <source>running</source>
        <extracomment>Words of a run that has no verdict yet (the verdicts&apos; own words come from numerics.diagnosis).</extracomment>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="52"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="53"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="54"/>
        <source>ended …</source>
        <translation>判定中 …</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="293"/>
        <source>Select runs to highlight them; right-click to pause, step, cancel or remove them</source>
        <extracomment>Every word the Outcome column can show, in English (the column is sized for the longest). Verdicts that say the settings or the function let the run run away: shown in red. What the fixed columns are sized for: three significant digits keep every f and |∇f| inside. Start and Final x share the rest, and grow (never shrink: no jumping while runs animate) to the widest point shown, so no cell is ever elided: when they outgrow the pane the table scrolls sideways. Tooltips give six digits. columns as wide as the widest text shown so far: the two points, f and |∇f| (sized for three digits: &quot;0.000541&quot; is wider) and Outcome (sized for the common words; a rare long one, &quot;unbounded below&quot;, widens it when it appears) The table is narrow: three digits there, the step box and the tooltips give four.</extracomment>
        <translation>実行を選ぶと強調表示されます。右クリックで一時停止、1 ステップ進める、キャンセル、削除ができます</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="392"/>
        <source>Pause runs %1</source>
        <translation>実行 %1 を一時停止</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="392"/>
        <source>Pause run %1</source>
        <translation>実行 %1 を一時停止</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="394"/>
        <source>Resume runs %1</source>
        <translation>実行 %1 を再開</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="394"/>
        <source>Resume run %1</source>
        <translation>実行 %1 を再開</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="396"/>
        <source>Step runs %1</source>
        <translation>実行 %1 を 1 ステップ進める</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="396"/>
        <source>Step run %1</source>
        <translation>実行 %1 を 1 ステップ進める</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="398"/>
        <source>Cancel runs %1</source>
        <translation>実行 %1 をキャンセル</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="398"/>
        <source>Cancel run %1</source>
        <translation>実行 %1 をキャンセル</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="400"/>
        <source>Remove runs %1</source>
        <translation>実行 %1 を削除</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="400"/>
        <source>Remove run %1</source>
        <translation>実行 %1 を削除</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="403"/>
        <source>, </source>
        <comment>between run numbers</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SimpleNetPage</name>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="84"/>
        <source>The book&apos;s W</source>
        <translation>本の W</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="85"/>
        <source>Random W</source>
        <translation>ランダムな W</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="86"/>
        <source>Draw W from N(0, 1) with this seed (as the book&apos;s np.random.randn(2, 3) after np.random.seed)</source>
        <translation>このシードで N(0, 1) から W を引きます（本の np.random.seed の後の np.random.randn(2, 3) のように）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="88"/>
        <source>seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="90"/>
        <source>f = lambda w: net.loss(x, t) ignores its argument: numerical_gradient nudges net.W itself, one entry at a time, by ±h, and puts it back. Each entry of dW says how fast the loss changes when that one weight changes.</source>
        <translation>f = lambda w: net.loss(x, t) は引数を使いません：numerical_gradient が net.W そのものを 1 要素ずつ ±h だけ動かし、元に戻します。dW の各要素は、その重み 1 つが変わったときに損失がどれだけ速く変わるかを表します。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="93"/>
        <source>W (weights: 2 inputs × 3 classes)</source>
        <translation>W（重み：入力 2 つ × クラス 3 つ）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="94"/>
        <source>dW = numerical_gradient(f, net.W)</source>
        <translation>dW = numerical_gradient(f, net.W)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="96"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="97"/>
        <source>input %1</source>
        <translation>入力 %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="127"/>
        <source>raising %1 by h raises the loss by about %2·h</source>
        <translation>%1 を h だけ増やすと、損失は約 %2·h 増えます</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="129"/>
        <source>raising %1 by h lowers the loss by about %2·h</source>
        <translation>%1 を h だけ増やすと、損失は約 %2·h 減ります</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="131"/>
        <source>raising %1 by h leaves the loss as it is</source>
        <translation>%1 を h だけ増やしても、損失は変わりません</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="140"/>
        <source>the book&apos;s W</source>
        <translation>本の W</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="140"/>
        <source>a random W (seed %1)</source>
        <translation>ランダムな W（シード %1）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="142"/>
        <source>simpleNet (section 4.4.2)</source>
        <translation>simpleNet（4.4.2 節）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="145"/>
        <source>x = %1, t = %2 (the right answer is class 3)</source>
        <translation>x = %1、t = %2（正解はクラス 3）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="146"/>
        <source>scores x·W = %1, softmax = %2, argmax = class %3</source>
        <translation>スコア x·W = %1、ソフトマックス = %2、argmax = クラス %3</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="148"/>
        <source>loss = %1</source>
        <translation>損失 = %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="158"/>
        <source>Each entry is x_i·(softmax_j − t_j): the second row is %1 × the first (x₂/x₁), and each row sums to 0 (the probabilities and t both sum to 1).</source>
        <translation>各要素は x_i·(softmax_j − t_j) です：2 行目は 1 行目の %1 倍（x₂/x₁）で、各行の和は 0 です（確率も t も和が 1 なので）。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="165"/>
        <source>The book prints dW = %1: the same to %2 (it printed W rounded to 8 digits).</source>
        <translation>本に載っている dW = %1：差は %2 以内です（本は W を 8 桁に丸めて載せています）。</translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <location filename="../../gui/step_details.py" line="22"/>
        <source>Click a point of a path to see that step: x, ∇f, η∇f and the next x.</source>
        <translation>経路上の点をクリックすると、そのステップの x、∇f、η∇f と次の x が表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/step_details.py" line="45"/>
        <source>Step details</source>
        <translation>ステップの情報</translation>
    </message>
    <message>
        <location filename="../../gui/step_details.py" line="46"/>
        <source>The numbers of the step you clicked, as the run recorded them</source>
        <translation>クリックしたステップの数値（実行が記録したとおり）</translation>
    </message>
    <message>
        <location filename="../../gui/step_details.py" line="64"/>
        <source>run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../../gui/step_details.py" line="66"/>
        <source>step k</source>
        <translation>ステップ k</translation>
    </message>
    <message>
        <location filename="../../gui/step_details.py" line="77"/>
        <source>step taken</source>
        <translation>実際の移動量</translation>
    </message>
    <message>
        <location filename="../../gui/step_details.py" line="80"/>
        <source>— (last point shown)</source>
        <translation>—（最後に表示された点）</translation>
    </message>
</context>
<context>
    <name>StepInspectorLab</name>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="44"/>
        <source>velocity</source>
        <extracomment>the room, in pixels, kept around the arrows&apos; tips for their labels The optimizers&apos; state, by its key in ``Optimizer.state()``, as the panel names it (source texts of the &quot;StepInspectorLab&quot; context; a key not listed is shown as it is).</extracomment>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="45"/>
        <source>squares</source>
        <translation>2乗和</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="46"/>
        <source>first_moment</source>
        <translation>1次モーメント</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="47"/>
        <source>second_moment</source>
        <translation>2次モーメント</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="48"/>
        <source>iteration</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="74"/>
        <source>optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="76"/>
        <source>learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="79"/>
        <source>Hyper-parameters as name=value, e.g. momentum=0.9</source>
        <translation>ハイパーパラメータを 名前=値 の形で書きます。例：momentum=0.9</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="80"/>
        <source>hyper</source>
        <translation>ハイパーパラメータ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="82"/>
        <source>numerical gradient</source>
        <translation>数値勾配</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="86"/>
        <source>point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="90"/>
        <source>Next step  (N, →)</source>
        <translation>次のステップ（N、→）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="91"/>
        <source>10 steps</source>
        <translation>10 ステップ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="92"/>
        <source>Restart here</source>
        <translation>ここからやり直す</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="97"/>
        <source>Click the field to put the point there. The optimizer forgets its state (velocity, squares, moments) whenever you move the point or change a setting.</source>
        <translation>ベクトル場をクリックすると、そこに点を置きます。点を動かしたり設定を変えたりすると、最適化手法は状態（速度、2乗和、モーメント）を忘れます。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="245"/>
        <source>point x0</source>
        <translation>点 x0</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="246"/>
        <source>point x1</source>
        <translation>点 x1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="265"/>
        <source>The next step cannot be taken: %1</source>
        <translation>次のステップに進めません：%1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="286"/>
        <source>%1 (drawn ×%2)</source>
        <translation>%1（×%2 で表示）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="288"/>
        <source>update</source>
        <translation>更新量</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labs/step_inspector_lab.py" line="302"/>
        <source>%n steps taken</source>
        <translation>
            <numerusform>%n ステップ進みました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="305"/>
        <source>; the last went %1 → %2</source>
        <translation>；最後のステップ：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="308"/>
        <source>state now: %1</source>
        <translation>現在の状態：%1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="311"/>
        <source>next step:</source>
        <translation>次のステップ：</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <location filename="../../gui/canvas3d/gl_probe.py" line="18"/>
        <source>The 3-D view needs OpenGL, and no OpenGL context could be created on the “%1” display platform. Everything else works as usual. To see the surface, run Gradient Explorer on a desktop with OpenGL (or under xvfb-run with QT_QPA_PLATFORM=xcb).</source>
        <extracomment>pyqtgraph.opengl refuses contexts older than this</extracomment>
        <translation>3D 表示には OpenGL が必要ですが、「%1」ディスプレイプラットフォームでは OpenGL コンテキストを作成できませんでした。ほかの機能はすべて通常どおり動作します。曲面を見るには、OpenGL が使えるデスクトップで Gradient Explorer を実行してください（または QT_QPA_PLATFORM=xcb を付けて xvfb-run で）。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/gl_probe.py" line="22"/>
        <source>The 3-D view needs OpenGL: a context was created but could not be used on the “%1” platform. Everything else works as usual.</source>
        <translation>3D 表示には OpenGL が必要です。コンテキストは作成できましたが、「%1」プラットフォームでは使えませんでした。ほかの機能はすべて通常どおり動作します。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/gl_probe.py" line="25"/>
        <source>The 3-D view needs OpenGL %1 or newer; this display offers %2. Everything else works as usual.</source>
        <translation>3D 表示には OpenGL %1 以上が必要ですが、このディスプレイは %2 です。ほかの機能はすべて通常どおり動作します。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/gl_probe.py" line="28"/>
        <source>The 3-D view needs the PyOpenGL package, which could not be loaded (%1). Everything else works as usual.</source>
        <translation>3D 表示には PyOpenGL パッケージが必要ですが、読み込めませんでした（%1）。ほかの機能はすべて通常どおり動作します。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="269"/>
        <source>Reset view</source>
        <extracomment>The camera Reset view returns to: the box seen from its front left, a little above. a narrower lens than pyqtgraph&apos;s 60°: less distortion of the near corner ball size in pixels: a single run&apos;s, and a swarm member&apos;s (hundreds of them) the most segments one source (a cohort) draws: longer or larger ones draw every k-th step opacity of a ball where the surface hides it critical points are pins: a stem this high above the surface, a dot on top, the label beside it (in the theme&apos;s critical colour, never a run colour: the runs&apos; balls are the coloured dots) the relevant state fields, and what each asks for points of each member shown when last drawn the last step drawn as a vertex (a multiple of ``stride``) PathLines, made with the GL view every stride-th step is a vertex</extracomment>
        <translation>表示をリセット</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="270"/>
        <source>Back to the starting camera: the whole surface, seen from the front left</source>
        <translation>最初のカメラ位置に戻ります。曲面全体を左手前から見ます</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="326"/>
        <source>The 3-D view could not start OpenGL (%1). Everything else works as usual.</source>
        <translation>3D 表示で OpenGL を開始できませんでした（%1）。ほかの機能はすべて通常どおり動作します。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="466"/>
        <source>The surface could not be computed: %1</source>
        <translation>曲面を計算できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="550"/>
        <source>Height and colour: log₁₀(f − min f), as the heatmap</source>
        <translation>高さと色：ヒートマップと同じ log₁₀(f − min f)</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="551"/>
        <source>Height and colour: f, as the heatmap</source>
        <translation>高さと色：ヒートマップと同じ f</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="553"/>
        <source>f is cut at %1 (its %2th percentile): the top %3% of the box, where f explodes, is drawn flat.</source>
        <translation>f は %1（%2 パーセンタイル）で切っています。f が急激に大きくなる範囲の上位 %3% は平らに描きます。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="558"/>
        <source>Most of the surface is flat beside its highest values (f grows by orders of magnitude over the box): View ▸ Log heatmap may show it better.</source>
        <translation>曲面の大部分が最も高い値に比べて平らです（f が範囲内で何桁も大きくなります）。表示 ▸ 対数ヒートマップのほうがよく見えるかもしれません。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="561"/>
        <source>f is undefined on %1% of the box (grey, on the floor).</source>
        <translation>範囲の %1% で f が定義されていません（床に灰色で表示）。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="563"/>
        <source>Drag to turn, wheel to zoom.</source>
        <translation>ドラッグで回転、ホイールで拡大・縮小します。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="738"/>
        <source>The 3-D view is not available.</source>
        <translation>3D 表示は使えません。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="748"/>
        <source>The 3-D view could not be rendered.</source>
        <translation>3D 表示を描画できませんでした。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="758"/>
        <source>Cannot export the 3-D view to %1: the file name must end in .png.</source>
        <translation>3D 表示を %1 にエクスポートできません：ファイル名は .png で終わる必要があります。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="765"/>
        <source>Could not encode the 3-D view as PNG.</source>
        <translation>3D 表示を PNG にエンコードできませんでした。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="768"/>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation>%1 にエクスポートできません：フォルダー %2 がありません。</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="773"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません：%2。</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../gui/labs/network_training.py" line="225"/>
        <source>dataset</source>
        <extracomment>Show the &quot;the book&apos;s loop evaluates the loss N times per iteration&quot; warning from this many parameters. Longest gap between two updates from the worker (the command line asks for fewer).</extracomment>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="225"/>
        <source>points</source>
        <translation>点の数</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="225"/>
        <source>noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="226"/>
        <source>hidden size</source>
        <translation>隠れ層のサイズ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="226"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="226"/>
        <source>batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="227"/>
        <source>train for</source>
        <translation>学習の長さ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="227"/>
        <source>optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="227"/>
        <source>gradient</source>
        <translation>勾配の計算</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="228"/>
        <source>sampling</source>
        <translation>バッチの抽出</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="228"/>
        <source>seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="228"/>
        <source>weight init σ</source>
        <translation>重みの初期値 σ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="235"/>
        <source>iterations</source>
        <translation>回</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="236"/>
        <location filename="../../gui/labs/network_training.py" line="268"/>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="237"/>
        <source>backprop</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="238"/>
        <source>numerical (the book&apos;s loop)</source>
        <translation>数値微分（本のループ）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="239"/>
        <source>numerical, fast</source>
        <translation>数値微分（高速）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="241"/>
        <source>How each mini-batch&apos;s gradient is computed: the chain rule (backprop); the book&apos;s numerical_gradient, which nudges one weight at a time and runs the whole network twice for each; or the same central differences reusing the forward pass</source>
        <translation>各ミニバッチの勾配の求め方：連鎖律（誤差逆伝播法）、重みを 1 つずつ少し動かし、そのたびにネットワーク全体を 2 回実行する本の numerical_gradient、または順伝播を再利用する同じ中心差分</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="244"/>
        <source>with replacement (the book)</source>
        <translation>復元抽出（本の方法）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="245"/>
        <source>shuffled epochs</source>
        <translation>エポックごとにシャッフル</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="247"/>
        <source>With replacement: every batch is drawn afresh, as the book&apos;s np.random.choice; shuffled: each epoch walks a new permutation of the training set, every sample once</source>
        <translation>復元抽出：本の np.random.choice のように、バッチを毎回新しく選びます。シャッフル：エポックごとに訓練データを新しく並べ替えた順にたどり、どのサンプルも 1 回ずつ使います</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="249"/>
        <source>How many points the 2-D dataset has (a fifth of them for testing)</source>
        <translation>2 次元のデータセットの点の数（その 5 分の 1 はテストデータ）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="250"/>
        <source>The spread of the Gaussian noise added to the points</source>
        <translation>点に加えるガウスノイズの標準偏差</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="251"/>
        <source>The standard deviation of the initial weights (the book&apos;s weight_init_std, 0.01)</source>
        <translation>重みの初期値の標準偏差（本の weight_init_std、0.01）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="253"/>
        <source>Seeds the initial weights and the order of the mini-batches: the same seed and settings train the same network</source>
        <translation>重みの初期値とミニバッチの順序を決めるシード：シードと設定が同じなら同じネットワークが学習されます</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="255"/>
        <source>learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="256"/>
        <source>Settings that train this dataset well</source>
        <translation>このデータセットに適した設定</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="257"/>
        <source>For MNIST the book&apos;s: 784-50-10, batch 100, η 0.1, 10,000 iterations</source>
        <translation>MNIST では本の設定：784-50-10、バッチ 100、η 0.1、10,000 回のイテレーション</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="259"/>
        <source>Train</source>
        <translation>学習開始</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="260"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="261"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="262"/>
        <source>Forget the run: untrained weights from the seed</source>
        <translation>学習結果を破棄し、シードから作った学習前の重みに戻します</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="264"/>
        <source>Loss per iteration</source>
        <translation>イテレーションごとの損失関数の値</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="265"/>
        <source>iteration</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="266"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="267"/>
        <source>Accuracy per epoch</source>
        <translation>エポックごとの認識精度</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="269"/>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="270"/>
        <source>What the network predicts</source>
        <translation>ネットワークの予測</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="271"/>
        <source>Test digits and the predicted labels</source>
        <translation>テストデータの数字と予測したラベル</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="690"/>
        <source>reading the MNIST files …</source>
        <translation>MNIST のファイルを読み込み中 …</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="436"/>
        <source>There is no data to train on yet: open the folder with the MNIST files, or download them.</source>
        <translation>学習するデータがまだありません：MNIST のファイルがあるフォルダを開くか、ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="460"/>
        <source>The book&apos;s numerical gradient of %1 parameters runs the network %2 times per iteration: expect seconds per iteration (the fast numerical gradient gives the same numbers).</source>
        <translation>パラメータ %1 個の勾配を本の数値微分で求めると、イテレーションごとにネットワークを %2 回実行します：1 回のイテレーションに数秒かかります（高速な数値微分でも同じ値になります）。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="608"/>
        <source>Training failed: %1</source>
        <translation>学習に失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="635"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="635"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="653"/>
        <source>MNIST: no data yet</source>
        <translation>MNIST：データがまだありません</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="666"/>
        <source>%1 network, %2, η = %3, batch %4, %5 gradient, batches %6, seed %7</source>
        <translation>%1 のネットワーク、%2、η = %3、バッチ %4、勾配：%5、バッチの抽出：%6、シード %7</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="670"/>
        <source>%1 training and %2 test samples</source>
        <translation>訓練データ %1 個、テストデータ %2 個</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="646"/>
        <source>Colour: the class the network predicts, paler where it is less sure. Discs: training points; squares: test points.</source>
        <translation>色：ネットワークが予測したクラス（確信が低いほど淡く）。丸：訓練データの点、四角：テストデータの点。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="650"/>
        <source>The first test digits with the label the network predicts; wrong ones are framed in red (predicted ≠ true).</source>
        <translation>テストデータの最初の数字と、ネットワークが予測したラベル。間違いは赤い枠で囲んでいます（予測 ≠ 正解）。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="684"/>
        <source>Untrained: press Train.</source>
        <translation>学習前：「学習開始」を押してください。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="685"/>
        <source>Training …</source>
        <translation>学習中 …</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="686"/>
        <source>Paused.</source>
        <translation>一時停止中。</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="692"/>
        <source>training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="692"/>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="692"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="693"/>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="694"/>
        <source>iteration %1 of %2</source>
        <translation>イテレーション %1/%2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="695"/>
        <source>epoch %1 (%2 passes over the training data)</source>
        <translation>エポック %1（訓練データを %2 周）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="697"/>
        <source>%1 ms per iteration</source>
        <translation>1 イテレーションあたり %1 ms</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="700"/>
        <source>train accuracy %1, test accuracy %2</source>
        <translation>訓練データの認識精度 %1、テストデータの認識精度 %2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="703"/>
        <source>loss %1</source>
        <translation>損失 %1</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../gui/cli_language.py" line="53"/>
        <source>usage: </source>
        <extracomment>The languages of ``--lang`` (gui.i18n.LANGUAGES, repeated: this module must not import Qt). The translation context of the command line&apos;s own texts. The environment variables that name the messages&apos; language, in POSIX order of precedence. argparse&apos;s own words (Python 3.11–3.13; a text another version words differently stays English).</extracomment>
        <translation>使い方: </translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="54"/>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="55"/>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="56"/>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了します</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="57"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="58"/>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数: %s</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="59"/>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="60"/>
        <source>ignored explicit argument %r</source>
        <translation>明示された引数 %r を無視しました</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="61"/>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="62"/>
        <source>one of the arguments %s is required</source>
        <translation>次の引数のどれか1つが必要です: %s</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="63"/>
        <source>expected one argument</source>
        <translation>値が1つ必要です</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="64"/>
        <source>expected at most one argument</source>
        <translation>値は1つまでです</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="65"/>
        <source>expected at least one argument</source>
        <translation>値が1つ以上必要です</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="66"/>
        <source>expected %s argument</source>
        <translation>値が %s 個必要です</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="67"/>
        <source>expected %s arguments</source>
        <translation>値が %s 個必要です</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="68"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>あいまいなオプション: %(option)s は %(matches)s のどれにも当てはまります</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="69"/>
        <source>unexpected option string: %s</source>
        <translation>予期しないオプション: %s</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="70"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無効な %(type)s の値: %(value)r</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="71"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無効な選択: %(value)r（次から選んでください: %(choices)s）</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../gui/cli.py" line="49"/>
        <source>open the window (last used settings)</source>
        <extracomment>The languages of --lang (gui.i18n.LANGUAGES, repeated here: --help must not import Qt). The epilog of --help: (command, what it does) — the command lines are not translated; the second line of a command starts with spaces (printed under the first).</extracomment>
        <translation>ウィンドウを開きます（前回の設定）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="51"/>
        <source>open the window on this view, runs started</source>
        <translation>この表示でウィンドウを開き、実行を始めます</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="52"/>
        <source>the default view as a 1000x800 PNG</source>
        <translation>既定の表示を 1000x800 の PNG に</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="58"/>
        <source>the book&apos;s learning-rate race</source>
        <translation>本の学習率の競争</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="60"/>
        <source>the book&apos;s gradient_2d figure, square, limits [-2, 2]</source>
        <translation>本の gradient_2d の図、正方形、範囲 [-2, 2]</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="62"/>
        <source>the book&apos;s gradient_method figure (20 big dots)</source>
        <translation>本の gradient_method の図（大きな点 20 個）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="64"/>
        <source>one panel per optimizer, as the book&apos;s ch. 6 figure</source>
        <translation>最適化手法ごとに 1 枚のパネル、本の6章の図のように</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="66"/>
        <source>exactly this box: the image takes its aspect</source>
        <translation>ちょうどこの範囲：画像はその縦横比になります</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="68"/>
        <source>the book&apos;s MNIST training (ch. 4.5)</source>
        <translation>本の MNIST の学習（4.5 節）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="70"/>
        <source>the 3-D surface with the run on it (needs OpenGL)</source>
        <translation>実行の経路を載せた 3D の曲面（OpenGL が必要）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="71"/>
        <source>add it to the desktop&apos;s menu (current user)</source>
        <translation>デスクトップのメニューに追加します（現在のユーザー）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="72"/>
        <source>known functions, optimizers, schemes</source>
        <translation>関数・最適化手法・差分の方式の一覧</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="82"/>
        <source>examples:</source>
        <extracomment>The column the examples&apos; descriptions start at (a command line longer than this puts its description on the next line).</extracomment>
        <translation>例:</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="94"/>
        <source>Negative numbers may follow an option directly (--start -3,4) or with &quot;=&quot; (--start=-3,4).</source>
        <translation>負の数はオプションのすぐ後に（--start -3,4）、または &quot;=&quot; でつないで（--start=-3,4）書けます。</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="95"/>
        <source>Exit status: 0 success, 1 the output could not be written, 2 bad input (one line on stderr).</source>
        <translation>終了ステータス: 0 成功、1 出力を書き込めなかった、2 入力の誤り（stderr に 1 行）。</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="123"/>
        <source>expected {shape}, got {text}</source>
        <translation>{shape} の形である必要があります（入力値：{text}）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="134"/>
        <source>expected WxH such as 1000x800, got {text}</source>
        <translation>1000x800 のような WxH の形である必要があります（入力値：{text}）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="139"/>
        <source>expected whole pixel counts WxH, got {text}</source>
        <translation>WxH は整数のピクセル数である必要があります（入力値：{text}）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="142"/>
        <source>each side must be 16 … {most} pixels, got {text}</source>
        <translation>各辺は 16 … {most} ピクセルである必要があります（入力値：{text}）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="150"/>
        <source>expected NAME=VALUE such as beta1=0.9, got {text}</source>
        <translation>beta1=0.9 のような NAME=VALUE の形である必要があります（入力値：{text}）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="162"/>
        <source>Explore numerical gradients and gradient descent (Deep Learning from Scratch 1, ch. 4).

Without --export/--export-csv the window opens: with the last used settings, or on the
view the options describe, its runs started (the same view --export would write: options
left out take their defaults, not the last used settings). With --export/--export-csv the
view is computed and written headlessly and no window is shown; --size and --scale only
apply to --export.</source>
        <translation>数値勾配と勾配降下法を探索します（ゼロから作るDeep Learning、4章）。

--export/--export-csv がなければウィンドウが開きます：前回の設定で、またはオプションが示す表示で開き、その実行を始めます（--export が書き出すのと同じ表示：省略したオプションは前回の設定ではなく既定値になります）。--export/--export-csv があれば、ウィンドウを出さずに表示を計算して書き出します。--size と --scale は --export にだけ効きます。</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="174"/>
        <source>headless output</source>
        <translation>ウィンドウなしの出力</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="176"/>
        <source>render the view to FILE without a window; the format follows the extension (.png or .svg)</source>
        <translation>ウィンドウを出さずに表示を FILE に描きます。形式は拡張子（.png か .svg）で決まります</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="178"/>
        <source>what --export draws: the 2d field (default) or the 3d surface with the runs on it (PNG; needs OpenGL: a desktop session, or xvfb-run); without --export, opens the window with the 3-D view shown</source>
        <translation>--export が描くもの：2d のベクトル場（既定）か、実行の経路を載せた 3d の曲面（PNG。OpenGL が必要：デスクトップのセッションか xvfb-run）。--export がなければ 3D 表示を出したウィンドウを開きます</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="182"/>
        <source>write every run&apos;s trajectory to FILE, one row per step: run,step,x0,x1,f,grad0,grad1</source>
        <translation>すべての実行の軌跡を FILE に書き出します。ステップごとに 1 行：run,step,x0,x1,f,grad0,grad1</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="184"/>
        <source>canvas size in logical pixels (default {width}x{height})</source>
        <translation>キャンバスの大きさ、論理ピクセル単位（既定 {width}x{height}）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="187"/>
        <source>device pixel ratio of the PNG: 2 gives a WxH view at twice the pixels (default 1)</source>
        <translation>PNG のデバイスピクセル比：2 なら WxH の表示を 2 倍のピクセルで描きます（既定 1）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="188"/>
        <source>looks (window and export)</source>
        <translation>見た目（ウィンドウとエクスポート）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="189"/>
        <source>colour theme (default light)</source>
        <translation>色のテーマ（既定 light）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="191"/>
        <source>language of the window and of exported figures: en, ko (한국어) or ja (日本語) (default: the window&apos;s View ▸ Language choice; exports: the system&apos;s language)</source>
        <translation>ウィンドウとエクスポートした図の言語：en（English）、ko（한국어）、ja（日本語）（既定：ウィンドウは 表示 ▸ 言語 で選んだもの、エクスポートはシステムの言語）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="194"/>
        <source>arrow length: scaled by |∇f| or all the same length (default scaled)</source>
        <translation>矢印の長さ：|∇f| に比例（scaled）か、すべて同じ長さ（unit）（既定 scaled）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="197"/>
        <source>hide a layer: field, heatmap, contours, critical or paths (repeatable)</source>
        <translation>レイヤーを隠す：field、heatmap、contours、critical、paths（繰り返し指定可）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="199"/>
        <source>function (one of)</source>
        <translation>関数（どちらか一方）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="201"/>
        <source>a catalogue function by name (see --list; default sphere)</source>
        <translation>一覧にある関数の名前（--list を参照。既定 sphere）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="203"/>
        <source>your own f(x0, x1), e.g. &quot;x0**2 + 3*x1**2&quot; or &quot;sin(x0)*cos(x1)&quot;</source>
        <translation>自分で書く f(x0, x1)。例：&quot;x0**2 + 3*x1**2&quot; や &quot;sin(x0)*cos(x1)&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="205"/>
        <source>the view box (default: the function&apos;s own box; -3,3,-3,3 for a formula)</source>
        <translation>表示範囲（既定：関数ごとの範囲。数式なら -3,3,-3,3）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="207"/>
        <source>gradient descent</source>
        <translation>勾配降下法</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="209"/>
        <source>add a run starting at (X0, X1) (repeatable); an export computes it to the end first</source>
        <translation>(X0, X1) から始まる実行を追加します（繰り返し指定可）。エクスポートでは先に最後まで計算します</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="211"/>
        <source>SGD, Momentum, Nesterov, AdaGrad, RMSProp or Adam (default SGD)</source>
        <translation>SGD、Momentum、Nesterov、AdaGrad、RMSProp、Adam のどれか（既定 SGD）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="212"/>
        <source>learning rate η, 1e-6 … 100 (default 0.1)</source>
        <translation>学習率 η、1e-6 … 100（既定 0.1）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="213"/>
        <source>step limit per run, 1 … 1000000 (default 100)</source>
        <translation>実行ごとのステップ上限、1 … 1000000（既定 100）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="215"/>
        <source>an optimizer hyper-parameter, e.g. momentum=0.9 or beta1=0.8 (repeatable; see --list)</source>
        <translation>最適化手法のハイパーパラメータ。例：momentum=0.9、beta1=0.8（繰り返し指定可。--list を参照）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="217"/>
        <source>a run stops when |∇f| &lt; TOL (its verdict says where: minimum, saddle …), 0 … 1 (default 1e-8)</source>
        <translation>|∇f| &lt; TOL で実行が止まります（どこで止まったかは判定が示します：最小値、鞍点 …）、0 … 1（既定 1e-8）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="219"/>
        <source>descend along the numerical gradient even where an analytic one exists</source>
        <translation>解析的勾配があっても数値勾配に沿って降下します</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="220"/>
        <source>difference step of the numerical gradient (default 1e-4)</source>
        <translation>数値勾配の差分の幅（既定 1e-4）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="222"/>
        <source>difference scheme: forward, backward, central, richardson or complex (default central)</source>
        <translation>差分の方式：forward、backward、central、richardson、complex（既定 central）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="226"/>
        <source>the book&apos;s figures</source>
        <translation>本の図</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="228"/>
        <source>export the book&apos;s gradient_2d figure: grey quiver arrows of −∇f on [−2, 2]² (sphere unless --function/--formula), square, 640x640 unless --size (needs --export)</source>
        <translation>本の gradient_2d の図をエクスポートします：[−2, 2]² 上の −∇f の灰色の矢印（--function/--formula がなければ sphere）、正方形、--size がなければ 640x640（--export が必要）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="231"/>
        <source>one of the book&apos;s figures as options (any option given too overrides it): {presets}</source>
        <translation>本の図の 1 つをオプションとして（一緒に指定したオプションが優先されます）：{presets}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="235"/>
        <source>--lab optimizers only: every path on one field (overlay, the default) or one panel per optimizer (grid, the book&apos;s ch. 6 figure)</source>
        <translation>--lab optimizers 専用：すべての経路を 1 つのベクトル場に（overlay、既定）か、最適化手法ごとに 1 枚のパネル（grid、本の6章の図）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="238"/>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="239"/>
        <source>start from a saved session file; other options override it</source>
        <translation>保存したセッションのファイルから始めます。ほかのオプションが優先されます</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="241"/>
        <source>export a learning lab instead of the explorer, its preset run to the end (needs --export): derivative, partials, lr-race, optimizers, basins, step-inspector, network (see the network lab&apos;s options below)</source>
        <translation>エクスプローラーの代わりに学習の実験をエクスポートします。その既定の設定を最後まで実行します（--export が必要）：derivative、partials、lr-race、optimizers、basins、step-inspector、network（network の実験のオプションは下を参照）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="245"/>
        <source>print the known functions, optimizers (with hyper-parameters) and schemes, then exit</source>
        <translation>関数、最適化手法（ハイパーパラメータ付き）、差分の方式の一覧を表示して終了します</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="246"/>
        <source>print the version, then exit</source>
        <translation>バージョンを表示して終了します</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="248"/>
        <source>add Gradient Explorer to the desktop&apos;s menu for the current user (a .desktop entry, icons and AppStream metainfo under $XDG_DATA_HOME, default ~/.local/share), then exit</source>
        <translation>現在のユーザーのデスクトップのメニューに Gradient Explorer を追加して終了します（$XDG_DATA_HOME、既定 ~/.local/share の下に .desktop エントリ、アイコン、AppStream のメタ情報）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="251"/>
        <source>remove what --install-desktop-entry added, then exit</source>
        <translation>--install-desktop-entry が追加したものを削除して終了します</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="255"/>
        <source>network lab (--lab network: train a two-layer net; needs --export and/or --export-csv)</source>
        <translation>ニューラルネットワークの実験（--lab network：2層ニューラルネットワークを学習します。--export か --export-csv が必要）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="258"/>
        <source>spiral, moons, circles, xor, blobs or mnist (default spiral; mnist with --mnist)</source>
        <translation>spiral、moons、circles、xor、blobs、mnist のどれか（既定 spiral。mnist は --mnist と一緒に）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="260"/>
        <source>the folder with the book&apos;s MNIST files (t10k-*.gz, train-*.gz); with only the 10,000 test images they are split 8,000 / 2,000</source>
        <translation>本の MNIST のファイル（t10k-*.gz、train-*.gz）があるフォルダ。テスト画像 10,000 枚だけなら 8,000 / 2,000 に分けます</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="262"/>
        <source>training iterations (default 3000; mnist 10000)</source>
        <translation>学習のイテレーション数（既定 3000。mnist は 10000）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="263"/>
        <source>mini-batch size (default 30; mnist 100)</source>
        <translation>ミニバッチのサイズ（既定 30。mnist は 100）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="264"/>
        <source>hidden units (default 30; mnist 50)</source>
        <translation>隠れ層のニューロン数（既定 30。mnist は 50）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="266"/>
        <source>backprop, numerical (the book&apos;s loop: slow) or numerical_fast (default backprop)</source>
        <translation>backprop、numerical（本のループ：遅い）、numerical_fast のどれか（既定 backprop）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="267"/>
        <source>seeds the initial weights and the batches (default 0)</source>
        <translation>重みの初期値とバッチのシード（既定 0）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="340"/>
        <source>--lab network needs --export FILE and/or --export-csv FILE</source>
        <extracomment>Options of --lab network only, and everything that lab accepts. Options that only shape the exported image: refused without --export. Options that describe the view: they open the window on it, or shape what --export writes.</extracomment>
        <translation>--lab network には --export FILE か --export-csv FILE が必要です</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="343"/>
        <source>{option} does not apply to --lab network</source>
        <translation>{option} は --lab network には使えません</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="346"/>
        <source>--lab needs --export</source>
        <translation>--lab には --export が必要です</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="349"/>
        <source>{option} does not apply to --lab (a lab exports its own preset)</source>
        <translation>{option} は --lab には使えません（実験は自分の既定の設定をエクスポートします）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="352"/>
        <source>--layout applies to --lab optimizers only (overlay or grid)</source>
        <translation>--layout は --lab optimizers にだけ使えます（overlay か grid）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="355"/>
        <source>--book-view needs --export (in the window: View ▸ Book view)</source>
        <translation>--book-view には --export が必要です（ウィンドウでは：表示 ▸ 本の図）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="357"/>
        <source>--book-view is a view of the explorer&apos;s field: not with --lab or --view 3d</source>
        <translation>--book-view はエクスプローラーのベクトル場の表示です：--lab や --view 3d とは一緒に使えません</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="368"/>
        <source>{option} needs --lab network</source>
        <translation>{option} には --lab network が必要です</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="373"/>
        <source>{option} needs --export: it only sets the size of the exported image</source>
        <translation>{option} には --export が必要です：エクスポートする画像の大きさだけを決めます</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="377"/>
        <source>--view 3d: the 3-D view exports PNG only; use a .png file name</source>
        <translation>--view 3d：3D 表示は PNG でしかエクスポートできません。.png のファイル名にしてください</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="379"/>
        <source>--scale does not apply to --view 3d: give a larger --size instead</source>
        <translation>--scale は --view 3d には使えません。代わりに --size を大きくしてください</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="383"/>
        <source>--export: unknown image format {suffix}; use a .png or .svg file name</source>
        <translation>--export：不明な画像の形式 {suffix}。.png か .svg のファイル名にしてください</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="385"/>
        <source>--export: {path} has no extension; use a .png or .svg file name</source>
        <translation>--export：{path} に拡張子がありません。.png か .svg のファイル名にしてください</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="514"/>
        <source>{option}: cannot write {path}: {reason}</source>
        <translation>{option}：{path} に書き込めません：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="528"/>
        <source>--export and --export-csv name the same file {path}: give each its own</source>
        <translation>--export と --export-csv が同じファイル {path} を指しています：それぞれ別のファイルにしてください</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="533"/>
        <source>{option} names the --session file {path}: writing it would replace the session</source>
        <translation>{option} が --session のファイル {path} を指しています：書き込むとセッションが置き換わります</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="549"/>
        <source>--start/--steps: {runs} runs of up to {steps} steps could need {need:.1f} GiB of history (the limit is {limit:.0f} GiB); use fewer starts or steps</source>
        <translation>--start/--steps：最大 {steps} ステップの実行 {runs} 個の履歴に {need:.1f} GiB が必要になりえます（上限は {limit:.0f} GiB）。開始点かステップを減らしてください</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="560"/>
        <source>functions:</source>
        <translation>関数:</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="563"/>
        <source>optimizers (hyper-parameters: default, range):</source>
        <translation>最適化手法（ハイパーパラメータ：既定値、範囲）:</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="566"/>
        <source>(none besides lr)</source>
        <translation>（lr 以外なし）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="568"/>
        <source>difference schemes: {schemes}</source>
        <translation>差分の方式: {schemes}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="608"/>
        <source>run {run}: ({s0:g}, {s1:g}) → ({e0:.6g}, {e1:.6g}), f = {f:.6g} after {steps} steps: {code} — {sentence}</source>
        <translation>実行 {run}: ({s0:g}, {s1:g}) → ({e0:.6g}, {e1:.6g})、{steps} ステップ後 f = {f:.6g}: {code} — {sentence}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="620"/>
        <source>--lab: unknown lab {name}; known labs: {known}</source>
        <translation>--lab：不明な実験 {name}。ある実験：{known}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="655"/>
        <source>--export-csv: no runs to write; add one with --start X0,X1</source>
        <translation>--export-csv：書き出す実行がありません。--start X0,X1 で追加してください</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="668"/>
        <location filename="../../gui/labs/network_cli.py" line="212"/>
        <source>wrote {path} ({rows} rows)</source>
        <translation>{path} を書き出しました（{rows} 行）</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="705"/>
        <location filename="../../gui/labs/network_cli.py" line="221"/>
        <source>wrote {path}</source>
        <translation>{path} を書き出しました</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="746"/>
        <source>installed {count} files for the desktop menu, e.g. {example}</source>
        <translation>デスクトップのメニュー用に {count} 個のファイルをインストールしました。例：{example}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="751"/>
        <source>removed {count} files, e.g. {example}</source>
        <translation>{count} 個のファイルを削除しました。例：{example}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="753"/>
        <source>removed {count} files</source>
        <translation>{count} 個のファイルを削除しました</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="764"/>
        <source>{program}: error: {message}</source>
        <translation>{program}: エラー: {message}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="800"/>
        <source>out of memory: the request is too large for this machine; use fewer starts, steps or a smaller --size</source>
        <translation>メモリ不足：このマシンには大きすぎる要求です。開始点やステップを減らすか、--size を小さくしてください</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="804"/>
        <source>internal error ({error}); please report it with the command line</source>
        <translation>内部エラー（{error}）。コマンドラインと一緒に報告してください</translation>
    </message>
    <message>
        <location filename="../../gui/headless.py" line="163"/>
        <source>{size} (the default size)</source>
        <translation>{size}（既定の大きさ）</translation>
    </message>
    <message>
        <location filename="../../gui/headless.py" line="164"/>
        <source>{option}: the image is {width}x{height} instead of {asked}, so that x0 ∈ [{a:g}, {b:g}] and x1 ∈ [{c:g}, {d:g}] fill it at equal scales</source>
        <translation>{option}：x0 ∈ [{a:g}, {b:g}] と x1 ∈ [{c:g}, {d:g}] が同じ縮尺で収まるよう、画像は {asked} ではなく {width}x{height} です</translation>
    </message>
    <message>
        <location filename="../../gui/headless.py" line="193"/>
        <source>--lab: the {name} lab did not finish computing its preset</source>
        <translation>--lab：{name} の実験が既定の設定の計算を終えませんでした</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="49"/>
        <source>running</source>
        <extracomment>argparse destination → the option a user types (for the error line). How long the command line waits for a run, at most (the book&apos;s numerical gradient on MNIST takes hours; anything longer is a hang). The CLI&apos;s compute thread: long slices, no rests (no one is waiting for the screen). Updates sent to the figure while the CLI trains: one a second is plenty. How a run ended, in the summary line (TrainingHistory.state).</extracomment>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="50"/>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="51"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="52"/>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="75"/>
        <source>--dataset: unknown dataset {name}; choose one of {known}</source>
        <translation>--dataset：不明なデータセット {name}。あるデータセット：{known}</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="78"/>
        <source>--mnist: only for --dataset mnist (the dataset is {name})</source>
        <translation>--mnist：--dataset mnist のときだけ使います（データセットは {name}）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="83"/>
        <source>--gradient: must be one of {choices}, got {got}</source>
        <translation>--gradient：{choices} のいずれかである必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="111"/>
        <source>--mnist: {path} is not a folder</source>
        <translation>--mnist：{path} はフォルダではありません</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="115"/>
        <source>--dataset mnist needs --mnist DIR, the folder with the book&apos;s MNIST files (its dataset/ folder), or the files downloaded in the app</source>
        <translation>--dataset mnist には --mnist DIR（本の MNIST のファイルがあるフォルダ、つまり dataset/ フォルダ）か、アプリでダウンロードしたファイルが必要です</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="123"/>
        <source>--lab network: training did not finish</source>
        <translation>--lab network：学習が終わりませんでした</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="146"/>
        <source>trained {count} of {planned} iterations ({state}), {epochs} epochs, of a {sizes} network on {dataset}: {optimizer}, η = {lr:g}, batch {batch}, {gradient} gradient, seed {seed}; {ms:.3g} ms per iteration</source>
        <translation>{dataset}で {sizes} のネットワークを学習：イテレーション {count}/{planned}（{state}）、{epochs} エポック、{optimizer}、η = {lr:g}、バッチ {batch}、勾配 {gradient}、シード {seed}。1 イテレーションあたり {ms:.3g} ms</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="154"/>
        <source>epoch {epoch}: train accuracy {train:.4f}, test accuracy {test:.4f}</source>
        <translation>エポック {epoch}：訓練データの認識精度 {train:.4f}、テストデータの認識精度 {test:.4f}</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="160"/>
        <source>after the last iteration: train accuracy {train:.4f}, test accuracy {test:.4f}, mini-batch loss {loss:.4g}</source>
        <translation>最後のイテレーションの後：訓練データの認識精度 {train:.4f}、テストデータの認識精度 {test:.4f}、ミニバッチの損失 {loss:.4g}</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="195"/>
        <source>the MNIST files could not be read</source>
        <translation>MNIST のファイルを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="202"/>
        <source>warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../gui/export.py" line="43"/>
        <source>Cannot export to %1: the file name must end in %2.</source>
        <translation>%1 にはエクスポートできません：ファイル名は %2 で終わる必要があります。</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="51"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません：%2。</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="87"/>
        <source>The export scale must be positive, got %1.</source>
        <translation>エクスポートの倍率は正の数でなければなりません（指定値：%1）。</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="141"/>
        <source>Cannot encode %1 as PNG.</source>
        <translation>%1 を PNG にエンコードできません。</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="255"/>
        <source>Cannot start an SVG drawing for %1.</source>
        <translation>%1 の SVG の描画を開始できません。</translation>
    </message>
</context>
<context>
    <name>labs</name>
    <message>
        <location filename="../../gui/labs/__init__.py" line="59"/>
        <source>Derivative</source>
        <extracomment>``create(compute=None)``: a new lab widget, computing on ``compute`` (or on its own thread). The translation context of the labs&apos; tab titles.</extracomment>
        <translation>微分</translation>
    </message>
    <message>
        <location filename="../../gui/labs/__init__.py" line="60"/>
        <source>Partial derivatives</source>
        <translation>偏微分</translation>
    </message>
    <message>
        <location filename="../../gui/labs/__init__.py" line="61"/>
        <source>Learning-rate race</source>
        <translation>学習率の競争</translation>
    </message>
    <message>
        <location filename="../../gui/labs/__init__.py" line="63"/>
        <source>Optimizers</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../gui/labs/__init__.py" line="64"/>
        <source>Basins</source>
        <translation>吸引領域</translation>
    </message>
    <message>
        <location filename="../../gui/labs/__init__.py" line="65"/>
        <source>Step inspector</source>
        <translation>ステップの詳細</translation>
    </message>
    <message>
        <location filename="../../gui/labs/__init__.py" line="67"/>
        <source>Network</source>
        <translation>ニューラルネットワーク</translation>
    </message>
    <message>
        <location filename="../../gui/labs/objective_row.py" line="22"/>
        <source>Formula…</source>
        <extracomment>The last entry of a lab&apos;s function combo box: &quot;type your own formula&quot; (in x0, x1 here; the derivative lab&apos;s formulas are in x). Its item data is ``&quot;formula&quot;``; a source text of the &quot;labs&quot; context (shown through ``gui.i18n.translate(&quot;labs&quot;, FORMULA_LABEL)``).</extracomment>
        <translation>数式…</translation>
    </message>
    <message>
        <location filename="../../gui/labs/scheme_names.py" line="15"/>
        <source>forward</source>
        <translation>前方</translation>
    </message>
    <message>
        <location filename="../../gui/labs/scheme_names.py" line="16"/>
        <source>backward</source>
        <translation>後方</translation>
    </message>
    <message>
        <location filename="../../gui/labs/scheme_names.py" line="17"/>
        <source>central</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../gui/labs/scheme_names.py" line="19"/>
        <source>complex</source>
        <translation>複素ステップ</translation>
    </message>
</context>
<context>
    <name>numerics</name>
    <message>
        <location filename="../../gui/labs/network_run.py" line="78"/>
        <source>must be one of {choices}, got “{got}”</source>
        <extracomment>Every dataset the tab offers, in its order: the built-in 2-D sets, then MNIST. Shortest gap between two updates sent to the GUI (at most 10 redraws a second: every redraw&apos;s Python calls wait for the GIL the training holds, and on a busy machine for a core too). Cells per side of the decision-region grid. Test digits shown in the digit grid (rows × columns).</extracomment>
        <translation>{choices} のいずれかである必要があります（入力値：「{got}」）</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_run.py" line="79"/>
        <source>{epochs} epochs of batches of {batch} are {iterations} iterations; at most {high} are allowed</source>
        <translation>バッチサイズ {batch} で {epochs} エポックは {iterations} 回のイテレーションです。許されるのは最大 {high} 回です</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_run.py" line="81"/>
        <source>The loss is no longer a finite number (at iteration {iteration}): try a smaller η.</source>
        <translation>損失が有限の数ではなくなりました（イテレーション {iteration}）。より小さい η を試してください。</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="64"/>
        <location filename="../../gui/model/safe_read.py" line="27"/>
        <source>it is a folder, not a file</source>
        <extracomment>The end of every temporary file name: what :func:`clean_stale_temporaries` recognises. A temporary file this old is stale whatever its process id says (ids are reused). Bytes of the target&apos;s name kept in the temporary name (the whole name could exceed NAME_MAX once the suffix is added).</extracomment>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="65"/>
        <source>it is a device, not a regular file; it was left as it is</source>
        <translation>通常のファイルではなくデバイスなので、そのままにしました</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="66"/>
        <source>it is a named pipe (FIFO), not a regular file; it was left as it is</source>
        <translation>通常のファイルではなく名前付きパイプ（FIFO）なので、そのままにしました</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="67"/>
        <source>it is a socket, not a regular file; it was left as it is</source>
        <translation>通常のファイルではなくソケットなので、そのままにしました</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="68"/>
        <source>it is not a regular file; it was left as it is</source>
        <translation>通常のファイルではないので、そのままにしました</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="69"/>
        <source>it is a symbolic link that leads round in a loop</source>
        <translation>循環しているシンボリックリンクです</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="70"/>
        <source>the folder {folder} does not exist</source>
        <translation>フォルダー {folder} がありません</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="71"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} はフォルダーではありません</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="72"/>
        <source>the file name is %n bytes long; this folder allows at most {limit}</source>
        <translation>ファイル名が %n バイトあります。このフォルダーでは最大 {limit} バイトまでです</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="74"/>
        <location filename="../../gui/model/safe_read.py" line="35"/>
        <source>the file name cannot be used ({problem})</source>
        <translation>このファイル名は使えません（{problem}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="75"/>
        <source>the file is read-only</source>
        <translation>読み取り専用のファイルです</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="76"/>
        <source>no file name given</source>
        <translation>ファイル名が指定されていません</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="77"/>
        <location filename="../../gui/model/safe_read.py" line="34"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/explorer_state.py" line="51"/>
        <location filename="../../gui/model/session.py" line="97"/>
        <source>give either a function name or a formula, not both</source>
        <translation>関数名か数式のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location filename="../../gui/model/explorer_state.py" line="52"/>
        <location filename="../../gui/model/session.py" line="98"/>
        <source>give a function name or a formula</source>
        <translation>関数名または数式を指定してください</translation>
    </message>
    <message>
        <location filename="../../gui/model/runs.py" line="31"/>
        <source>Ended at step {steps}; working out what happened …</source>
        <extracomment>What a run says while its end is shown but its verdict is still being worked out (a swarm&apos;s verdicts are computed as a job, a few milliseconds after its end).</extracomment>
        <translation>{steps} ステップ目で終了しました。何が起きたかを判定しています…</translation>
    </message>
    <message>
        <location filename="../../gui/model/runs.py" line="32"/>
        <source>failed: {error}</source>
        <translation>失敗：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="28"/>
        <source>it is a device, not a regular file</source>
        <translation>通常のファイルではなくデバイスです</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="29"/>
        <source>it is a named pipe (FIFO), not a regular file</source>
        <translation>通常のファイルではなく名前付きパイプ（FIFO）です</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="30"/>
        <source>it is a socket, not a regular file</source>
        <translation>通常のファイルではなくソケットです</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="31"/>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="32"/>
        <source>{n} bytes</source>
        <translation>{n} バイト</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="33"/>
        <source>the file is {size} large; the most this program reads is {limit}</source>
        <translation>ファイルのサイズは {size} です。このプログラムが読み込めるのは最大 {limit} です</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="36"/>
        <source>not UTF-8 text: byte {byte} at line {line}, column {column} (byte {offset} of the file)</source>
        <translation>UTF-8 のテキストではありません：{line} 行 {column} 列のバイト {byte}（ファイルの {offset} バイト目）</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="91"/>
        <source>must be a JSON object, got {got}</source>
        <extracomment>A session (file or dict) is invalid: the one error every validator raises. ``field`` names the culprit, ``reason``/``message`` say why (Messages), ``str()`` is &quot;field: reason&quot; in English.</extracomment>
        <translation>JSON オブジェクトである必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="92"/>
        <source>not a Gradient Explorer session (expected “{format}”)</source>
        <translation>Gradient Explorer のセッションではありません（「{format}」である必要があります）</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="93"/>
        <source>must be a whole number, got {got}</source>
        <translation>整数である必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="94"/>
        <source>version {version} is newer than this program reads ({newest})</source>
        <translation>バージョン {version} は、このプログラムが読めるバージョン（{newest}）より新しいものです</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="95"/>
        <source>unknown version {version}</source>
        <translation>不明なバージョン {version}</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="96"/>
        <location filename="../../gui/model/validation.py" line="103"/>
        <source>unknown field</source>
        <translation>不明な項目</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="99"/>
        <source>cannot read {path}: {problem}</source>
        <translation>{path} を読み込めません：{problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="100"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="101"/>
        <source>must be a list of runs (objects), got {got}</source>
        <translation>実行（オブジェクト）のリストである必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="102"/>
        <source>must be one of {choices} or null, got {got}</source>
        <translation>{choices} のいずれかまたは null である必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="103"/>
        <source>{steps} steps shown, but the run&apos;s step limit is {limit}</source>
        <translation>{steps} ステップが表示されていますが、この実行のステップ上限は {limit} です</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="104"/>
        <source>must be the starts of the runs (or left out)</source>
        <translation>実行の開始点である必要があります（または省略）</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="407"/>
        <source>cannot save the session to {path}: {problem}</source>
        <extracomment>The largest session file read: a session holds at most 1,000 starts (~50 KiB as written); anything this large is not a session, and is refused before json parses it. Every run with its own settings (version 3); empty: ``starts`` run with ``config``. Whether η / the step limit were set by hand (None: not recorded, version 1 or 2). Top-level fields read by their validator as they are (``descent`` has its own reader).</extracomment>
        <translation>セッションを {path} に保存できません：{problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="66"/>
        <source>cannot write trajectories to {path}: {problem}</source>
        <extracomment>The path columns, first and in this order (the whole header of files written before verdicts). The run&apos;s settings and verdict, repeated on each of its rows. The largest CSV file read (about 700,000 rows): parsing costs several times the file&apos;s size. Rows formatted at a time while writing: a million-step run is never one list of a million rows.</extracomment>
        <translation>軌跡を {path} に書き込めません：{problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="67"/>
        <source>cannot read trajectories from {path}: {problem}</source>
        <translation>{path} から軌跡を読み込めません：{problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="68"/>
        <source>{source}: {problem}</source>
        <translation>{source}：{problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="69"/>
        <source>{source}, line {line}: {problem}</source>
        <translation>{source}、{line} 行目：{problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="70"/>
        <source>trajectory CSV</source>
        <translation>軌跡 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="71"/>
        <source>expected the header {header}</source>
        <translation>ヘッダー {header} が必要です</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="72"/>
        <source>expected {expected} fields, got {got}</source>
        <translation>フィールドは {expected} 個のはずですが、{got} 個です</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="73"/>
        <source>not a number in {row}</source>
        <translation>{row} に数でない値があります</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="74"/>
        <source>hyper must be name=value pairs joined by “;”, got “{text}”</source>
        <translation>hyper は「;」でつないだ name=value の組である必要があります（入力値：「{text}」）</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="75"/>
        <source>run {run} step {step}, expected step {expected}</source>
        <translation>実行 {run} のステップ {step}：ステップ {expected} のはずです</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="76"/>
        <source>x0 and x1 must be finite</source>
        <translation>x0 と x1 は有限の数でなければなりません</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="77"/>
        <source>a field is longer than {limit} characters</source>
        <translation>フィールドが {limit} 文字より長いです</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="78"/>
        <source>not readable as CSV ({problem})</source>
        <translation>CSV として読み込めません（{problem}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="60"/>
        <source>{field}: {reason}</source>
        <extracomment>JSON has no infinity: the &quot;reveal at once&quot; speed (math.inf) is this word</extracomment>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="61"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="63"/>
        <source>must be a number between {low} and {high}, got {got}</source>
        <translation>{low} から {high} までの数である必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="64"/>
        <source>must be a whole number between {low} and {high}, got {got}</source>
        <translation>{low} から {high} までの整数である必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="65"/>
        <source>must be a finite number, got {got}</source>
        <translation>有限の数である必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="66"/>
        <source>must be between {low} and {high} steps per second, or “instant”, got {got}</source>
        <translation>毎秒 {low} から {high} ステップまで、または「instant」である必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="68"/>
        <source>{name} must be a number between {low} and {high}</source>
        <translation>{name} は {low} から {high} までの数である必要があります</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="69"/>
        <source>a number between {low} and {high}</source>
        <translation>{low} から {high} までの数</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="70"/>
        <source>a whole number between {low} and {high}</source>
        <translation>{low} から {high} までの整数</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="71"/>
        <source>a finite number</source>
        <translation>有限の数</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="72"/>
        <source>{name} must be a whole number between {low} and {high}</source>
        <translation>{name} は {low} から {high} までの整数である必要があります</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="74"/>
        <source>the text “{text}”</source>
        <translation>テキスト「{text}」</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="75"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="76"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="77"/>
        <source>nothing (null)</source>
        <translation>なし（null）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="78"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="79"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="80"/>
        <source>a value of type {type}</source>
        <translation>{type} 型の値</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="81"/>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="82"/>
        <source>infinity</source>
        <translation>無限大</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="83"/>
        <source>minus infinity</source>
        <translation>負の無限大</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="84"/>
        <source>a whole number of %n digits</source>
        <translation>%n 桁の整数</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="85"/>
        <source>a whole number of about %n digits</source>
        <translation>約 %n 桁の整数</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="87"/>
        <source>must be one of {choices}, got {got}</source>
        <translation>{choices} のいずれかである必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="88"/>
        <source>must be true or false, got {got}</source>
        <translation>true または false である必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="89"/>
        <source>must be a function name ({known}), got {got}</source>
        <translation>関数名（{known}）である必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="90"/>
        <source>unknown function “{name}”; known functions: {known}</source>
        <translation>不明な関数「{name}」。使える関数：{known}</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="91"/>
        <source>must be formula text in x0 and x1, got {got}</source>
        <translation>x0 と x1 の数式のテキストである必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="92"/>
        <source>must be [x0_min, x0_max, x1_min, x1_max], got {got}</source>
        <translation>[x0_min, x0_max, x1_min, x1_max] の形である必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="93"/>
        <source>each minimum must be below its maximum, got {box}</source>
        <translation>各軸の最小値は最大値より小さい必要があります（入力値：{box}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="94"/>
        <source>must be an object of name: number, got {got}</source>
        <translation>名前: 数 の形のオブジェクトである必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="95"/>
        <source>“lr” is the learning rate η, set on its own (descent.lr, --lr), not as a hyper-parameter</source>
        <translation>「lr」は学習率 η で、ハイパーパラメータではなく単独で設定します（descent.lr、--lr）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="97"/>
        <source>{optimizer} has no hyper-parameter “{name}” (it takes: {known})</source>
        <translation>{optimizer} にはハイパーパラメータ「{name}」がありません（使えるもの：{known}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="98"/>
        <source>{optimizer} takes no hyper-parameter besides the learning rate η</source>
        <translation>{optimizer} には学習率 η 以外のハイパーパラメータはありません</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="99"/>
        <source>must be a list of [x0, x1] pairs, got {got}</source>
        <translation>[x0, x1] の組のリストである必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="100"/>
        <source>must be [x0, x1], got {got}</source>
        <translation>[x0, x1] の形である必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="101"/>
        <source>must be an object of layer: true/false, got {got}</source>
        <translation>レイヤー: true/false の形のオブジェクトである必要があります（入力値：{got}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="102"/>
        <source>unknown layer “{name}”; layers: {known}</source>
        <translation>不明なレイヤー「{name}」。レイヤー：{known}</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="105"/>
        <source>not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>正しい JSON ではありません（{line} 行 {column} 列：{problem}）</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="106"/>
        <source>the non-finite number {name} is not allowed</source>
        <translation>有限でない数 {name} は使えません</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="107"/>
        <source>nested too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="498"/>
        <source>{name} {reason}</source>
        <extracomment>A refusal shown under a named control: &quot;η must be a number between 1e−6 and 100, got 1000&quot;.</extracomment>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="500"/>
        <source>{reason}; expected {allowed}</source>
        <extracomment>Typed text that is not a number at all, and what was expected instead.</extracomment>
        <translation>{reason}（使える値：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="44"/>
        <source>{reason}; using the default</source>
        <translation>{reason}。既定値を使います</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="45"/>
        <source>unreadable value (not the text this program writes); using the default</source>
        <translation>読み取れない値です（このプログラムが書き込むテキストではありません）。既定値を使います</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="46"/>
        <source>not saved window data; using the default layout</source>
        <translation>保存されたウィンドウのデータではありません。既定のレイアウトを使います</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="47"/>
        <source>{reason}; resetting the hyper-parameters</source>
        <translation>{reason}。ハイパーパラメータを初期値に戻します</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="48"/>
        <source>{reason}; using the default descent settings</source>
        <translation>{reason}。既定の降下の設定を使います</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="49"/>
        <source>the settings file could not be read ({status}); using defaults</source>
        <translation>設定ファイルを読み込めませんでした（{status}）。既定値を使います</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="50"/>
        <source>a value of {length} characters (the most is {limit}); using the default</source>
        <translation>{length} 文字の値です（最大 {limit} 文字）。既定値を使います</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="33"/>
        <source>minimum {number}</source>
        <translation>極小値 {number}</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="34"/>
        <source>saddle {number}</source>
        <translation>鞍点 {number}</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="35"/>
        <source>maximum {number}</source>
        <translation>極大値 {number}</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="36"/>
        <source>global minimum</source>
        <translation>最小値</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="37"/>
        <source>global minimum {number}</source>
        <translation>最小値 {number}</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="38"/>
        <source>local maximum</source>
        <translation>極大値</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="39"/>
        <source>saddle</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="40"/>
        <source>monkey saddle (degenerate)</source>
        <translation>モンキーサドル（退化）</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="358"/>
        <source>Sphere (the book&apos;s function_2)</source>
        <extracomment>A learning rate and step count with which plain gradient descent (SGD, the analytic gradient, tol 1e-8) started anywhere in ``box`` ends at a minimum — or, for functions where no η can do that, the best one; the reason is in a comment at the catalogue entry. Checked in tests/numerics/test_functions.py with numerics.diagnosis.</extracomment>
        <translation>球面関数（本の function_2）</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="364"/>
        <source>The book&apos;s function_2: a round bowl where every gradient points straight away from the minimum, so −∇f always heads home.</source>
        <translation>本の function_2：丸いお椀の形で、どの勾配も最小値からまっすぐ外を向くので、−∇f はいつも最小値へ向かいます。</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="373"/>
        <source>Stretched bowl (x0²/20 + x1², ch. 6)</source>
        <translation>引き伸ばしたお椀（x0²/20 + x1²、6章）</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="379"/>
        <source>The book&apos;s chapter 6 bowl: 20 times steeper across than along, so plain gradient descent zig-zags while momentum and Adam glide in.</source>
        <translation>本の6章のお椀：横切る向きが長い向きより20倍急なので、素朴な勾配降下法はジグザグに進み、Momentum と Adam は滑らかに入っていきます。</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="395"/>
        <source>Rosenbrock: a curved narrow valley where plain gradient descent finds the floor at once and then crawls along it toward the minimum at (1, 1).</source>
        <translation>Rosenbrock：曲がった細い谷で、素朴な勾配降下法はすぐに谷底へ着き、そこから (1, 1) の最小値へ向かって谷底をゆっくり這うように進みます。</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="429"/>
        <source>Himmelblau: four equally deep minima, so where you start decides where you end; a local maximum and four saddles split the basins.</source>
        <translation>Himmelblau：同じ深さの最小値が4つあり、どこから始めるかでどこに着くかが決まります。極大値1つと鞍点4つが吸引領域を分けます。</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="450"/>
        <source>Beale: flat valleys next to walls a hundred thousand times higher, so one learning rate is too small on the floor and too large on the walls.</source>
        <translation>Beale：平らな谷のすぐ横に10万倍も高い壁があり、1つの学習率では谷底では小さすぎ、壁では大きすぎます。</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="468"/>
        <source>Booth: a tilted elliptical bowl; a quadratic whose valley runs diagonally, so no single coordinate step points at the minimum (1, 3).</source>
        <translation>Booth：傾いた楕円形のお椀です。谷が斜めに走る2次関数なので、どの座標方向の一歩も最小値 (1, 3) を向きません。</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="483"/>
        <source>Matyas: a bowl that is nearly flat along the diagonal x0 = x1 (curvature 0.04 against 1.0 across), so descent reaches the diagonal fast and then barely moves.</source>
        <translation>Matyas：対角線 x0 = x1 に沿ってほぼ平らなお椀で（曲率 0.04、横切る向きは 1.0）、降下はすぐ対角線に着き、そこからはほとんど動きません。</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="492"/>
        <source>Six-hump camel</source>
        <translation>6こぶラクダ関数</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="518"/>
        <source>Six-hump camel: two global minima, four shallower local minima, two maxima and seven saddles — a small zoo of critical points to start descents between.</source>
        <translation>6こぶラクダ関数：最小値2つ、より浅い極小値4つ、極大値2つ、鞍点7つ。降下を試すための臨界点の小さな動物園です。</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="527"/>
        <source>Saddle (x0² − x1²)</source>
        <translation>鞍型（x0² − x1²）</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="533"/>
        <source>A saddle: the gradient vanishes at the origin although it is no minimum; a start exactly on the x0 axis slides into it and stays, any other start escapes.</source>
        <translation>鞍型：原点で勾配が 0 になりますが、最小値ではありません。ちょうど x0 軸上から始めるとそこへ滑り込んで止まり、それ以外から始めると抜け出します。</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="543"/>
        <source>Monkey saddle (x0³ − 3x0x1²)</source>
        <translation>モンキーサドル（x0³ − 3x0x1²）</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="549"/>
        <source>The monkey saddle: three valleys meet at a flat point whose Hessian is zero, so second-derivative tests cannot classify it and descent slows to a crawl nearby.</source>
        <translation>モンキーサドル：3つの谷が、ヘッセ行列が 0 の平らな点で出会います。2階微分による判定では分類できず、その近くでは降下がとても遅くなります。</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="565"/>
        <source>Rastrigin: a bowl covered in ripples with a local minimum near every integer point (about a hundred in view), so descent gets stuck in whichever dimple it starts in.</source>
        <translation>Rastrigin：さざ波に覆われたお椀で、整数の点の近くごとに極小値があり（表示範囲に約100個）、降下は始めた場所のくぼみに捕まります。</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="574"/>
        <source>Plateau (a well in a flat plain)</source>
        <translation>プラトー（平らな平原の中の井戸）</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="580"/>
        <source>A well of radius 2 in a plain where f is exactly 1: out there the gradient is exactly zero, so gradient descent never moves however long it runs.</source>
        <translation>半径 2 の井戸が、f がちょうど 1 の平原の中にあります。平原では勾配がちょうど 0 なので、勾配降下法はどれだけ長く動かしても動きません。</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="625"/>
        <source>Your own formula: gradients are computed numerically by finite differences.</source>
        <extracomment>The name of every objective built from a typed formula (and the choosers&apos; item data for &quot;a formula&quot;).</extracomment>
        <translation>入力した数式：勾配は差分による数値計算で求めます。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="142"/>
        <source>minimum</source>
        <extracomment>Points at the end of a run the diagnosis reads: enough for three reversals of a bounce. A run that moved less than this fraction of the view&apos;s diagonal &quot;barely moved&quot; (as the race did). At the step limit a run is at its stationary point when the Newton step |H⁻¹∇f| to it is below this fraction of the view&apos;s diagonal: far below a pixel, so the picture cannot contradict it. f is level over the tail when the same-phase sums of two successive values change by less than this relative amount. Rounding in a period-2 bounce changes f by ~1e-12; any real descent or growth over 8 steps by far more. … plus this fraction of the spread of f over the view, so &quot;level&quot; also works where f ≈ 0. A run that ended beyond the view grown this many times about its centre has left it for good. Curvatures are read only at points within the view grown this many times (the start always counts): farther out a diverging run&apos;s points say nothing about the function the learner sees. The ring that decides a point whose Hessian is ≈ 0 has this radius (fraction of the diagonal) and ``RING_DIRECTIONS`` points; f on it differs from f at the centre when it differs by more than ``RING_RTOL`` of |f| + spread (rounding is ~1e-16 of that). Newton steps that find the stationary point a bounce circles (from the bounce&apos;s midpoint). η·λmax counts as &quot;at least 2&quot; within this relative rounding (η = 1 on the sphere gives 2 ± 1e-12). Coordinates of a bounce centre below this fraction of the view are shown as 0. Grid used by ``suggest_lr`` to find the largest curvature below the start.</extracomment>
        <translation>最小値に到達</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="143"/>
        <source>saddle point</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="144"/>
        <source>maximum</source>
        <translation>最大値で停止</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="145"/>
        <source>plateau</source>
        <translation>プラトー</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="146"/>
        <source>oscillating</source>
        <translation>振動</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="147"/>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="148"/>
        <source>unbounded below</source>
        <translation>下限なし</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="149"/>
        <source>gradient lost</source>
        <translation>勾配消失</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="150"/>
        <source>out of steps</source>
        <translation>ステップ切れ</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="34"/>
        <source>running</source>
        <extracomment>Valid ranges of the run settings: the single source of truth for every front end.</extracomment>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="35"/>
        <source>step limit reached</source>
        <translation>ステップ上限に到達</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="36"/>
        <source>converged (|∇f| below tolerance)</source>
        <translation>収束（|∇f| が許容誤差未満）</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="37"/>
        <source>diverged — try a smaller learning rate η</source>
        <translation>発散 — より小さい学習率 η を試してください</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="38"/>
        <location filename="../../numerics/diagnosis.py" line="151"/>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="39"/>
        <source>learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="40"/>
        <source>step count</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="41"/>
        <source>tolerance</source>
        <translation>許容誤差</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="42"/>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} は数である必要があります（入力値：{value}）</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="43"/>
        <location filename="../../numerics/optimizers.py" line="22"/>
        <source>{name} must be between {low:g} and {high:g}, got {value:g}</source>
        <extracomment>Added to denominators so a zero accumulated gradient does not divide by zero (the book&apos;s 1e-7).</extracomment>
        <translation>{name} は {low:g} から {high:g} までである必要があります（入力値：{value:g}）</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="44"/>
        <source>learning rate η must be positive</source>
        <translation>学習率 η は正の数である必要があります</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="45"/>
        <source>step count must be a whole number, got {value}</source>
        <translation>ステップ数は整数である必要があります（入力値：{value}）</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="46"/>
        <source>escape box must be (x0_min, x0_max, x1_min, x1_max), got {box}</source>
        <translation>脱出判定の範囲は (x0_min, x0_max, x1_min, x1_max) の形である必要があります（入力値：{box}）</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="153"/>
        <source>barely moved</source>
        <extracomment>Finer words for a step-limit run (the race table&apos;s).</extracomment>
        <translation>ほとんど動かず</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="154"/>
        <source>still descending</source>
        <translation>まだ降下中</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="169"/>
        <source>Reached a minimum at step {steps}: f = {f:.4g} at ({x0:.4g}, {x1:.4g}) with |∇f| = {grad:.2g}, and f curves up in every direction there (Hessian eigenvalues {lam_min:.3g} and {lam_max:.3g}).</source>
        <translation>{steps} ステップ目で最小値に到達しました：({x0:.4g}, {x1:.4g}) で f = {f:.4g}、|∇f| = {grad:.2g} で、そこでは f がどの方向にも上に曲がっています（ヘッセ行列の固有値 {lam_min:.3g} と {lam_max:.3g}）。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="172"/>
        <source>Reached a minimum at step {steps}: f = {f:.4g} at ({x0:.4g}, {x1:.4g}) with |∇f| = {grad:.2g}, and f rises or stays level all around it, though its curvature alone could not tell (it is ≈ 0 or not defined there).</source>
        <translation>{steps} ステップ目で最小値に到達しました：({x0:.4g}, {x1:.4g}) で f = {f:.4g}、|∇f| = {grad:.2g} で、周りのどこでも f は上がるか同じ高さのままです。ただし曲率だけでは判断できませんでした（そこでは ≈ 0 か、定義されていません）。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="176"/>
        <source>Stopped at a saddle point at step {steps}: |∇f| = {grad:.2g} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}, but a small push along ±({d0:.2f}, {d1:.2f}) would continue downhill (curvature {lam_min:.3g} that way).</source>
        <translation>{steps} ステップ目で鞍点に止まりました：({x0:.4g}, {x1:.4g}) で |∇f| = {grad:.2g}、f = {f:.4g} ですが、±({d0:.2f}, {d1:.2f}) の向きに少し押せばさらに下っていきます（その向きの曲率 {lam_min:.3g}）。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="179"/>
        <source>Stopped at a saddle point at step {steps}: |∇f| = {grad:.2g} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}; its curvature alone could not tell (it is ≈ 0 or not defined there), but a small push towards ({d0:.2f}, {d1:.2f}) would continue downhill.</source>
        <translation>{steps} ステップ目で鞍点に止まりました：({x0:.4g}, {x1:.4g}) で |∇f| = {grad:.2g}、f = {f:.4g} です。曲率だけでは判断できませんでしたが（そこでは ≈ 0 か、定義されていません）、({d0:.2f}, {d1:.2f}) の方へ少し押せばさらに下っていきます。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="183"/>
        <source>Stopped on a maximum at step {steps}: |∇f| = {grad:.2g} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}, and f curves down in every direction (Hessian eigenvalues {lam_min:.3g} and {lam_max:.3g}), so any small push goes downhill.</source>
        <translation>{steps} ステップ目で最大値に止まりました：({x0:.4g}, {x1:.4g}) で |∇f| = {grad:.2g}、f = {f:.4g} で、f はどの方向にも下に曲がっているので（ヘッセ行列の固有値 {lam_min:.3g} と {lam_max:.3g}）、少し押すだけで下っていきます。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="187"/>
        <source>Stopped on a maximum at step {steps}: |∇f| = {grad:.2g} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}, and f falls all around it, so any small push goes downhill.</source>
        <translation>{steps} ステップ目で最大値に止まりました：({x0:.4g}, {x1:.4g}) で |∇f| = {grad:.2g}、f = {f:.4g} で、周りのどこでも f が下がるので、少し押すだけで下っていきます。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="190"/>
        <source>Stalled on a plateau at step {steps}: the gradient vanished at ({x0:.4g}, {x1:.4g}), where f = {f:.4g} is flat (Hessian ≈ 0) and not at a minimum, so descent has nothing to follow.</source>
        <translation>{steps} ステップ目でプラトーに止まりました：({x0:.4g}, {x1:.4g}) で勾配が消えました。そこは f = {f:.4g} で平らで（ヘッセ行列 ≈ 0）最小値ではないので、降下がたどるものがありません。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="193"/>
        <source>Bouncing back and forth around ({c0:.4g}, {c1:.4g}) with f staying near {f:.4g}: η·λmax = {eta_lambda:.3g} there, and plain gradient descent settles only when η·λmax &lt; 2, that is for η &lt; 2/λmax = {eta_max:.3g}.</source>
        <translation>({c0:.4g}, {c1:.4g}) の周りを行ったり来たりして、f は {f:.4g} の近くにとどまっています：そこでは η·λmax = {eta_lambda:.3g} ですが、素朴な勾配降下法が落ち着くのは η·λmax &lt; 2、つまり η &lt; 2/λmax = {eta_max:.3g} のときだけです。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="197"/>
        <source>Bouncing back and forth around ({c0:.4g}, {c1:.4g}) with f staying near {f:.4g}: the steps are too large to settle there; try a smaller η.</source>
        <translation>({c0:.4g}, {c1:.4g}) の周りを行ったり来たりして、f は {f:.4g} の近くにとどまっています：ステップが大きすぎてそこに落ち着けません。より小さい η を試してください。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="200"/>
        <source>Diverged: f grew from {f_start:.3g} to {f_end:.3g} by step {steps} because η = {eta:.3g} is too large: at ({p0:.3g}, {p1:.3g}) λmax = {lam_max:.3g}, and plain gradient descent is stable there only for η &lt; 2/λmax = {eta_max:.3g}.</source>
        <translation>発散しました：η = {eta:.3g} が大きすぎるため、{steps} ステップ目までに f が {f_start:.3g} から {f_end:.3g} に増えました。({p0:.3g}, {p1:.3g}) では λmax = {lam_max:.3g} で、素朴な勾配降下法がそこで安定するのは η &lt; 2/λmax = {eta_max:.3g} のときだけです。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="204"/>
        <source>Diverged: f grew from {f_start:.3g} to {f_end:.3g} by step {steps}, so the steps are too large for the curvature along the way; try a smaller η.</source>
        <translation>発散しました：{steps} ステップ目までに f が {f_start:.3g} から {f_end:.3g} に増えました。通ってきた道の曲率に対してステップが大きすぎます。より小さい η を試してください。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="207"/>
        <source>Diverged at step {step}: the next point was not a finite number or lay far outside the view (the last good point is ({x0:.4g}, {x1:.4g}), f = {f:.4g}); try a smaller η.</source>
        <translation>{step} ステップ目で発散しました：次の点が有限の数でないか、表示範囲から遠く外れました（最後の正常な点は ({x0:.4g}, {x1:.4g})、f = {f:.4g}）。より小さい η を試してください。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="210"/>
        <source>Could not start: f or its gradient is not a finite number at ({x0:.4g}, {x1:.4g}).</source>
        <translation>開始できません：({x0:.4g}, {x1:.4g}) で f またはその勾配が有限の数ではありません。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="212"/>
        <source>Unbounded below: f fell from {f_start:.3g} to {f_end:.3g} and kept falling as the run left the view, so the function has no minimum that way and a smaller η would not help.</source>
        <translation>下限がありません：実行が表示範囲を出ていく間、f は {f_start:.3g} から {f_end:.3g} まで下がり、なお下がり続けました。その方向に最小値はなく、η を小さくしても役に立ちません。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="215"/>
        <source>Gradient lost: the numerical gradient became exactly 0 at |x| = {x_abs:.3g}, because beyond about {limit:.2g} x ± h equals x in floating point for h = {h:.3g}; a larger h or the analytic gradient would go on.</source>
        <translation>勾配消失：|x| = {x_abs:.3g} で数値勾配がちょうど 0 になりました。およそ {limit:.2g} を超えると、h = {h:.3g} では浮動小数点で x ± h が x と等しくなるためです。より大きい h か解析的勾配なら先へ進めたはずです。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="219"/>
        <source>Gradient lost after f grew from {f_start:.3g} to {f_end:.3g}: at |x| = {x_abs:.3g} the numerical gradient became exactly 0, because beyond about {limit:.2g} x ± h equals x in floating point for h = {h:.3g}; a larger h or the analytic gradient would go on diverging.</source>
        <translation>f が {f_start:.3g} から {f_end:.3g} に増えた後、勾配が消失しました：|x| = {x_abs:.3g} で数値勾配がちょうど 0 になりました。およそ {limit:.2g} を超えると、h = {h:.3g} では浮動小数点で x ± h が x と等しくなるためです。より大きい h か解析的勾配なら発散し続けたはずです。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="223"/>
        <source>Barely moved: by step {steps} it had gone only {distance:.2g} in a view {size:.3g} across; a larger η or more steps would get further.</source>
        <translation>ほとんど動きませんでした：幅 {size:.3g} の表示範囲で、{steps} ステップ目までに {distance:.2g} しか進んでいません。η を大きくするかステップを増やせば、もっと先へ進みます。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="226"/>
        <source>Still descending when the step limit ({steps}) was reached: it moved {distance:.3g} and f fell from {f_start:.4g} to {f_end:.4g}; more steps would go on.</source>
        <translation>ステップ上限（{steps}）に達した時点でまだ降下中でした：{distance:.3g} 進み、f は {f_start:.4g} から {f_end:.4g} まで下がりました。ステップを増やせばさらに進みます。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="229"/>
        <source>Out of steps at step {steps} without settling: it moved {distance:.3g}, f went from {f_start:.4g} to {f_end:.4g}, and |∇f| is still {grad:.2g}.</source>
        <translation>{steps} ステップ目で、落ち着かないままステップ切れになりました：{distance:.3g} 進み、f は {f_start:.4g} から {f_end:.4g} になり、|∇f| はまだ {grad:.2g} です。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="232"/>
        <source>Cancelled at step {steps} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}.</source>
        <translation>{steps} ステップ目でキャンセルされました：({x0:.4g}, {x1:.4g})、f = {f:.4g}。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="235"/>
        <source>At the start λmax = {lam_max:.3g}: plain gradient descent is stable there for η &lt; 2/λmax = {eta_max:.3g}; suggested η = {suggested:.3g} (1/λmax over the part of the view below the start).</source>
        <translation>開始点で λmax = {lam_max:.3g}：そこでは素朴な勾配降下法は η &lt; 2/λmax = {eta_max:.3g} のとき安定です。推奨 η = {suggested:.3g}（表示範囲のうち開始点より低い部分での 1/λmax）。</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="238"/>
        <source>At the start f does not curve upward (λmax = {lam_max:.3g}), so no η is too large there; suggested η = {suggested:.3g} (1/λmax over the part of the view below the start).</source>
        <translation>開始点では f が上に曲がっていないので（λmax = {lam_max:.3g}）、そこでは大きすぎる η はありません。推奨 η = {suggested:.3g}（表示範囲のうち開始点より低い部分での 1/λmax）。</translation>
    </message>
    <message>
        <location filename="../../numerics/differentiation.py" line="35"/>
        <source>unknown difference scheme {name}; choose one of {choices}</source>
        <extracomment>The book&apos;s step (ch. 4.1): small enough for truncation, large enough to survive rounding. The complex step&apos;s default: it has no subtractive cancellation, so h can be tiny and the result exact to rounding (error ~h²·f‴, far below eps at 1e−20). What ``h=None`` means for each scheme. An explicit h is always used as given, by every scheme.</extracomment>
        <translation>不明な差分の方式 {name}。次から選んでください：{choices}</translation>
    </message>
    <message>
        <location filename="../../numerics/differentiation.py" line="36"/>
        <source>complex-step differentiation needs an f that accepts complex input; choose another scheme</source>
        <translation>複素ステップによる微分には、複素数の入力を受け付ける f が必要です。別の方式を選んでください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="128"/>
        <source>{reason} at column {column} — {hint}</source>
        <extracomment>Longest formula accepted, in characters: far beyond anything a learner types, small enough that the parser&apos;s cost is negligible. Most expression nodes (numbers, names, operators, calls) in one formula. Deepest bracket nesting, checked on the normalised text before the parser sees it. Deepest expression tree after parsing (catches ``------x0`` chains that have no brackets). At least MAX_NODES / 2 so that a long plain sum is reported as &quot;too long&quot;, not as &quot;too deeply nested&quot;. name → (numpy ufunc, number of arguments). Aliases spell the same ufunc the way calculators and the ``math`` module do, so learners coming from either find their name. Functions that are not complex-analytic (or that numpy does not define for complex input): a formula using one of them cannot be differentiated with the complex-step scheme. Every bare name a formula may use (variables first, then constants).</extracomment>
        <translation>{reason}（{column} 文字目）— {hint}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="129"/>
        <source>{reason} at column {column}</source>
        <translation>{reason}（{column} 文字目）</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="130"/>
        <source>{reason} — {hint}</source>
        <translation>{reason} — {hint}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="132"/>
        <source>enter a formula in x0 and x1</source>
        <translation>x0 と x1 の数式を入力してください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="133"/>
        <source>the formula must be text</source>
        <translation>数式はテキストである必要があります</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="134"/>
        <source>the formula is too long ({length} characters)</source>
        <translation>数式が長すぎます（{length} 文字）</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="135"/>
        <source>the limit is {limit}</source>
        <translation>上限は {limit} 文字です</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="136"/>
        <source>the formula is too long</source>
        <translation>数式が長すぎます</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="137"/>
        <source>use at most {limit} numbers, names and operators</source>
        <translation>数・名前・演算子は合わせて {limit} 個までにしてください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="138"/>
        <source>the formula is nested too deeply</source>
        <translation>数式の入れ子が深すぎます</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="139"/>
        <source>use at most {limit} levels of brackets</source>
        <translation>括弧は {limit} 段までにしてください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="140"/>
        <source>use at most {limit} levels</source>
        <translation>{limit} 段までにしてください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="141"/>
        <source>the formula is too complicated</source>
        <translation>数式が複雑すぎます</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="142"/>
        <source>simplify it</source>
        <translation>もっと簡単にしてください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="143"/>
        <source>the formula contains characters that cannot be read</source>
        <translation>数式に読み取れない文字が含まれています</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="146"/>
        <source>the character &apos;{char}&apos; ({label}) is not allowed</source>
        <translation>文字 &apos;{char}&apos;（{label}）は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="147"/>
        <source>the character {label} is not allowed</source>
        <translation>文字 {label} は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="148"/>
        <source>the text holds a broken character ({label})</source>
        <translation>テキストに壊れた文字があります（{label}）</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="149"/>
        <source>it is not valid Unicode (a lone surrogate, e.g. from bytes that were not UTF-8); retype the formula</source>
        <translation>正しい Unicode ではありません（対になっていないサロゲート。たとえば UTF-8 でなかったバイトから来たもの）。数式を入力し直してください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="153"/>
        <source>use plain digits, letters and + - * / ** ( )</source>
        <translation>半角の数字・英字と + - * / ** ( ) を使ってください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="154"/>
        <source>type a plain &apos;{plain}&apos; instead</source>
        <translation>代わりに半角の &apos;{plain}&apos; を入力してください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="155"/>
        <source>retype the formula</source>
        <translation>数式を入力し直してください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="156"/>
        <source>&apos;√&apos; needs brackets here</source>
        <translation>ここでは &apos;√&apos; の後に括弧が必要です</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="157"/>
        <source>write what the root covers in brackets, e.g. √(x0) or √(x0**2)</source>
        <translation>平方根がかかる部分を括弧で囲んでください。例：√(x0) または √(x0**2)</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="158"/>
        <source>comments (#) are not allowed</source>
        <translation>コメント（#）は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="159"/>
        <source>a formula is one expression: remove the # and what follows it</source>
        <translation>数式は1つの式です。# とその後ろを消してください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="162"/>
        <source>this bracket is never closed</source>
        <translation>この括弧が閉じられていません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="163"/>
        <source>add the missing &apos;)&apos;</source>
        <translation>足りない &apos;)&apos; を追加してください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="164"/>
        <source>this closing bracket has no opening bracket</source>
        <translation>この閉じ括弧に対応する開き括弧がありません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="165"/>
        <source>remove it or add the missing &apos;(&apos;</source>
        <translation>これを消すか、足りない &apos;(&apos; を追加してください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="166"/>
        <source>the brackets do not match</source>
        <translation>括弧の対応が合っていません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="167"/>
        <source>use round brackets ( ) only</source>
        <translation>丸括弧 ( ) だけを使ってください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="168"/>
        <source>text in quotes is not allowed</source>
        <translation>引用符で囲んだテキストは使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="169"/>
        <source>a number is followed directly by a name or bracket</source>
        <translation>数のすぐ後に名前か括弧が続いています</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="170"/>
        <source>write * for multiplication, e.g. {number}*{follower}</source>
        <translation>掛け算は * で書いてください。例：{number}*{follower}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="171"/>
        <source>the formula ends too early</source>
        <translation>数式が途中で終わっています</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="172"/>
        <source>something is missing at the end</source>
        <translation>最後に何かが足りません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="173"/>
        <source>this number is not written correctly</source>
        <translation>この数の書き方が正しくありません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="174"/>
        <source>write numbers like 2, 0.5 or 1e-3</source>
        <translation>数は 2、0.5、1e-3 のように書いてください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="175"/>
        <source>the formula cannot be read here</source>
        <translation>ここで数式を読み取れません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="176"/>
        <source>check for a missing operator or bracket</source>
        <translation>演算子や括弧が抜けていないか確認してください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="179"/>
        <source>unsupported operator &apos;{symbol}&apos;</source>
        <translation>対応していない演算子 &apos;{symbol}&apos;</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="180"/>
        <source>use ** for powers (x0**2); ^ is not a power here</source>
        <translation>べき乗は ** で書いてください（x0**2）。ここでは ^ はべき乗ではありません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="181"/>
        <source>use floor(a / b) for a rounded-down division</source>
        <translation>切り捨ての割り算には floor(a / b) を使ってください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="182"/>
        <source>the remainder operator is not supported</source>
        <translation>剰余演算子には対応していません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="183"/>
        <source>a formula works on numbers, use * to multiply</source>
        <translation>数式は数を扱います。掛け算には * を使ってください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="184"/>
        <source>bitwise operators are not supported</source>
        <translation>ビット演算子には対応していません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="185"/>
        <source>bitwise operators are not supported; use abs(...) for absolute values</source>
        <translation>ビット演算子には対応していません。絶対値には abs(...) を使ってください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="188"/>
        <source>&apos;not&apos; is not allowed</source>
        <translation>&apos;not&apos; は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="189"/>
        <source>&apos;~&apos; is not allowed</source>
        <translation>&apos;~&apos; は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="190"/>
        <source>use - to negate a value</source>
        <translation>符号を反転するには - を使ってください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="191"/>
        <source>indexing with [ ] is not allowed</source>
        <translation>[ ] による添字は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="192"/>
        <source>write x0 and x1, not x[0] and x[1]</source>
        <translation>x[0] と x[1] ではなく x0 と x1 と書いてください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="193"/>
        <source>a comma is not allowed here</source>
        <translation>ここではカンマは使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="194"/>
        <source>a formula is one expression; write decimals with a point (0.5, not 0,5)</source>
        <translation>数式は1つの式です。小数はピリオドで書いてください（0,5 ではなく 0.5）</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="197"/>
        <source>&apos;{construct}&apos; is not allowed in a formula</source>
        <translation>&apos;{construct}&apos; は数式では使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="198"/>
        <source>comparisons (&lt;, &gt;, ==, …) are not allowed</source>
        <translation>比較（&lt;、&gt;、==、…）は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="199"/>
        <source>&apos;and&apos; / &apos;or&apos; are not allowed</source>
        <translation>&apos;and&apos; / &apos;or&apos; は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="200"/>
        <source>&apos;if … else&apos; is not allowed</source>
        <translation>&apos;if … else&apos; は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="201"/>
        <source>lambda functions are not allowed</source>
        <translation>lambda 関数は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="202"/>
        <source>&apos;:=&apos; (assignment) is not allowed</source>
        <translation>&apos;:=&apos;（代入）は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="203"/>
        <source>&apos;*&apos; unpacking is not allowed</source>
        <translation>&apos;*&apos; によるアンパックは使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="204"/>
        <source>lists [ … ] are not allowed</source>
        <translation>リスト [ … ] は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="206"/>
        <source>sets {{ … }} are not allowed</source>
        <translation>集合 {{ … }} は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="207"/>
        <source>dictionaries {{ … : … }} are not allowed</source>
        <translation>辞書 {{ … : … }} は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="208"/>
        <source>list comprehensions are not allowed</source>
        <translation>リスト内包表記は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="209"/>
        <source>set comprehensions are not allowed</source>
        <translation>集合内包表記は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="210"/>
        <source>dictionary comprehensions are not allowed</source>
        <translation>辞書内包表記は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="211"/>
        <source>&apos;for&apos; loops are not allowed</source>
        <translation>&apos;for&apos; ループは使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="212"/>
        <source>f-strings are not allowed</source>
        <translation>f 文字列は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="213"/>
        <source>&apos;await&apos; is not allowed</source>
        <translation>&apos;await&apos; は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="214"/>
        <source>&apos;yield&apos; is not allowed</source>
        <translation>&apos;yield&apos; は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="215"/>
        <source>slices are not allowed</source>
        <translation>スライスは使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="216"/>
        <source>{value} is not a number</source>
        <translation>{value} は数ではありません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="217"/>
        <source>a formula may only use numbers</source>
        <translation>数式に使えるのは数だけです</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="218"/>
        <source>complex numbers (with j) are not supported</source>
        <translation>複素数（j 付き）には対応していません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="219"/>
        <source>&apos;...&apos; is not allowed</source>
        <translation>&apos;...&apos; は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="222"/>
        <source>&apos;{name}&apos; is a function</source>
        <translation>&apos;{name}&apos; は関数です</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="223"/>
        <source>write {name}(…) with its argument</source>
        <translation>引数を付けて {name}(…) と書いてください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="224"/>
        <source>unknown name &apos;{name}&apos;</source>
        <translation>不明な名前 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="225"/>
        <source>use x0 and x1</source>
        <translation>x0 と x1 を使ってください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="226"/>
        <source>did you mean &apos;{suggestion}&apos;? The variables are x0 and x1</source>
        <translation>&apos;{suggestion}&apos; のことですか？変数は x0 と x1 です</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="229"/>
        <source>&apos;.&apos; (attribute access) is not allowed</source>
        <translation>&apos;.&apos;（属性アクセス）は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="230"/>
        <source>write {name}(…) without a prefix</source>
        <translation>接頭辞を付けずに {name}(…) と書いてください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="231"/>
        <source>only a function name can be followed by &apos;(&apos;</source>
        <translation>&apos;(&apos; の前に置けるのは関数名だけです</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="232"/>
        <source>write * for multiplication, e.g. 2*(x0 + 1)</source>
        <translation>掛け算は * で書いてください。例：2*(x0 + 1)</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="233"/>
        <source>&apos;{name}&apos; is not a function</source>
        <translation>&apos;{name}&apos; は関数ではありません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="234"/>
        <source>write * for multiplication, e.g. {name}*(…)</source>
        <translation>掛け算は * で書いてください。例：{name}*(…)</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="235"/>
        <source>unknown function &apos;{name}&apos;</source>
        <translation>不明な関数 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="236"/>
        <source>allowed functions: {allowed}</source>
        <translation>使える関数：{allowed}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="237"/>
        <source>did you mean &apos;{suggestion}&apos;? allowed functions: {allowed}</source>
        <translation>&apos;{suggestion}&apos; のことですか？使える関数：{allowed}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="240"/>
        <source>named arguments (name=value) are not allowed</source>
        <translation>名前付き引数（name=value）は使えません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="241"/>
        <source>write {name}(…) with plain values</source>
        <translation>{name}(…) には名前を付けずに値だけを渡してください</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="242"/>
        <source>{name} takes 1 argument, got {got}</source>
        <translation>{name} の引数は1個ですが、{got} 個あります</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="243"/>
        <source>{name} takes {count} arguments, got {got}</source>
        <translation>{name} の引数は {count} 個ですが、{got} 個あります</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="244"/>
        <source>e.g. {example}</source>
        <translation>例：{example}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="247"/>
        <source>the formula did not give a number</source>
        <translation>数式の結果が数になりませんでした</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="248"/>
        <source>the formula gives complex numbers</source>
        <translation>数式の結果が複素数になります</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="249"/>
        <source>the formula gives true/false values, not numbers</source>
        <translation>数式の結果が数ではなく真偽値になります</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="250"/>
        <source>the complex-step scheme cannot differentiate {functions}</source>
        <translation>複素ステップの方式では {functions} を微分できません</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="253"/>
        <source>choose the central scheme for this formula</source>
        <translation>この数式には中心差分の方式を選んでください</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/hyper_text.py" line="14"/>
        <source>{optimizer}: write hyper-parameters as name=value, got “{part}”</source>
        <translation>{optimizer}：ハイパーパラメータは name=value の形で書いてください（入力値：「{part}」）</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/race.py" line="32"/>
        <source>the learning rate η must be positive, got {lr}</source>
        <translation>学習率 η は正の数である必要があります（入力値：{lr}）</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/race.py" line="33"/>
        <source>the learning rate must be a positive finite number, got {lr}</source>
        <translation>学習率は有限の正の数である必要があります（入力値：{lr}）</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="24"/>
        <source>Spiral (3 arms)</source>
        <translation>渦巻き（3本の腕）</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="25"/>
        <source>Two moons</source>
        <translation>2つの三日月</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="26"/>
        <source>Circles (a ring around a disc)</source>
        <translation>円（円板を囲む輪）</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="27"/>
        <source>XOR (opposite quadrants)</source>
        <translation>XOR（向かい合う象限）</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="28"/>
        <source>Gaussian blobs (3)</source>
        <translation>ガウス分布の塊（3つ）</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="29"/>
        <source>Unknown dataset “{name}”; choose one of {choices}.</source>
        <translation>不明なデータセット「{name}」。次から選んでください：{choices}。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="30"/>
        <source>A dataset needs at least {low} and at most {high} samples, not {value}.</source>
        <translation>データセットのサンプル数は {low} 以上 {high} 以下である必要があります（入力値：{value}）。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="31"/>
        <source>The noise must be a number from 0 to {high}, not {value}.</source>
        <translation>ノイズは 0 から {high} までの数である必要があります（入力値：{value}）。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="32"/>
        <source>The test fraction must be at least 0 and below 1, not {value}.</source>
        <translation>テストデータの割合は 0 以上 1 未満である必要があります（入力値：{value}）。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/download.py" line="60"/>
        <source>Could not download {file} from {url}: {reason}</source>
        <extracomment>The standard files (md5 as published with MNIST; sha256 of the t10k files as in ../shared/data/mnist/README.md).</extracomment>
        <translation>{url} から {file} をダウンロードできませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../numerics/network/download.py" line="61"/>
        <source>Could not download {file} from {url}: the server answered {status} {reason}.</source>
        <translation>{url} から {file} をダウンロードできませんでした：サーバーの応答は {status} {reason} でした。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/download.py" line="62"/>
        <source>The download of {file} is corrupt: its {algorithm} is {found}, expected {expected}. It was deleted; try again or use another mirror.</source>
        <translation>ダウンロードした {file} が壊れています：{algorithm} が {found} で、{expected} のはずです。ファイルは削除しました。もう一度試すか、別のミラーを使ってください。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/download.py" line="67"/>
        <source>Could not write {file} to {folder}: {reason}</source>
        <translation>{folder} に {file} を書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../numerics/network/download.py" line="68"/>
        <source>The download of {file} stopped after {done} of {total} bytes.</source>
        <translation>{file} のダウンロードが {total} バイト中 {done} バイトで止まりました。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="26"/>
        <source>Line fit: mean squared error of y = w·x + b</source>
        <translation>直線の当てはめ：y = w·x + b の平均2乗誤差</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="27"/>
        <source>The loss of a straight line y = w·x + b fitted to the data points, over the plane of its two parameters: x0 is the slope w, x1 the intercept b. The minimum is the least-squares line.</source>
        <translation>データ点に当てはめた直線 y = w·x + b の損失を、2つのパラメータの平面上に表したものです：x0 は傾き w、x1 は切片 b です。最小値が最小2乗法の直線です。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="32"/>
        <source>least-squares line</source>
        <translation>最小2乗法の直線</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="33"/>
        <source>A line fit needs at least 2 points with different x, got {points}.</source>
        <translation>直線の当てはめには x の異なる点が2つ以上必要です（入力値：{points}）。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="34"/>
        <source>The batch size must be a whole number from 1 to {points} (the number of points), not {value}.</source>
        <translation>バッチサイズは 1 から {points}（点の数）までの整数である必要があります（入力値：{value}）。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="35"/>
        <source>Give a positive number of steps or of epochs, not {value}.</source>
        <translation>ステップ数かエポック数を正の数で指定してください（入力値：{value}）。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="36"/>
        <location filename="../../numerics/network/training.py" line="44"/>
        <source>The optimizer settings cannot be used: {reason}</source>
        <translation>最適化手法の設定が使えません：{reason}</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="37"/>
        <source>Unknown sampling “{value}”; choose “replacement” or “shuffle”.</source>
        <translation>不明なサンプリング方式「{value}」。「replacement」か「shuffle」を選んでください。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="55"/>
        <source>MNIST handwritten digits</source>
        <extracomment>The split of the 10,000 test images when they are all there is. The fixed shuffle before that split: the t10k file holds its two writer populations (Census staff, students) in two halves, so a plain first-8,000/last-2,000 cut would test on one of them. Largest file we will decompress (the real training images are 47 MB unpacked).</extracomment>
        <translation>MNIST 手書き数字</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="56"/>
        <source>MNIST: {train} training and {test} test images from {folder}.</source>
        <translation>MNIST：{folder} の訓練画像 {train} 枚とテスト画像 {test} 枚。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="57"/>
        <source>Only the 10,000 MNIST test images were found in {folder}: {train} of them are used for training and {test} for testing.</source>
        <translation>{folder} には MNIST のテスト画像 10,000 枚しか見つかりませんでした：そのうち {train} 枚を訓練に、{test} 枚をテストに使います。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="62"/>
        <source>The MNIST folder {folder} does not exist.</source>
        <translation>MNIST のフォルダ {folder} が存在しません。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="63"/>
        <source>{folder} has no MNIST files: {file} is missing.</source>
        <translation>{folder} に MNIST のファイルがありません：{file} がありません。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="64"/>
        <source>{file} is missing from {folder} (its partner {other} is there); add it or remove the partner.</source>
        <translation>{folder} に {file} がありません（対になる {other} はあります）。追加するか、対のファイルを削除してください。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="66"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} を読み込めません：{reason}</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="67"/>
        <source>{file} is not a gzip file (the MNIST files end in .gz and are compressed).</source>
        <translation>{file} は gzip ファイルではありません（MNIST のファイルは .gz で終わる圧縮ファイルです）。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="68"/>
        <source>{file} is damaged or incomplete (the compressed data ends early or is corrupt); download it again.</source>
        <translation>{file} は壊れているか不完全です（圧縮データが途中で終わっているか壊れています）。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="69"/>
        <source>{file} unpacks to more than {limit} MB; it is not an MNIST file.</source>
        <translation>{file} は展開すると {limit} MB を超えます。MNIST のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="70"/>
        <source>{file} is too short to be an IDX file ({size} bytes).</source>
        <translation>{file} は IDX ファイルにしては短すぎます（{size} バイト）。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="71"/>
        <source>{file} is not an MNIST {kind} file: its magic number is 0x{found:08x}, expected 0x{expected:08x}.</source>
        <translation>{file} は MNIST の{kind}ファイルではありません：マジックナンバーが 0x{found:08x} で、0x{expected:08x} のはずです。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="73"/>
        <source>{file} holds images of {rows}×{cols} pixels; MNIST images are 28×28.</source>
        <translation>{file} の画像は {rows}×{cols} ピクセルです。MNIST の画像は 28×28 です。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="75"/>
        <source>{file} promises {count} items ({expected} bytes of data) but holds {actual} bytes.</source>
        <translation>{file} は {count} 項目（{expected} バイトのデータ）のはずですが、実際には {actual} バイトです。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="77"/>
        <source>{file} contains the label {label}; MNIST labels are 0 to 9.</source>
        <translation>{file} にラベル {label} が含まれています。MNIST のラベルは 0 から 9 です。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="78"/>
        <source>{images} holds {n_images} images but {labels} holds {n_labels} labels.</source>
        <translation>{images} には画像が {n_images} 枚ありますが、{labels} にはラベルが {n_labels} 個あります。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="79"/>
        <source>{file} holds {count} images; splitting it into training and test sets needs {need}.</source>
        <translation>{file} の画像は {count} 枚です。訓練データとテストデータに分けるには {need} 枚必要です。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="81"/>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="82"/>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../numerics/network/training.py" line="40"/>
        <source>The number of iterations must be a whole number from 1 to {high}, not {value}.</source>
        <extracomment>How the gradient of each mini-batch is computed: the chain rule, the book&apos;s element-by-element numerical loop (≈11 s per iteration for 784-50-10), or the same differences organised (``numerics.network.fast_gradient``). How mini-batches are drawn: ``batch_size`` indices with replacement each time (the book), or consecutive slices of a reshuffled order, so every sample is seen once per pass.</extracomment>
        <translation>イテレーション数は 1 から {high} までの整数である必要があります（入力値：{value}）。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/training.py" line="41"/>
        <source>The batch size must be a whole number of at least 1, not {value}.</source>
        <translation>バッチサイズは 1 以上の整数である必要があります（入力値：{value}）。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/training.py" line="42"/>
        <source>Unknown gradient method “{value}”; choose one of {choices}.</source>
        <translation>不明な勾配の計算方法「{value}」。次から選んでください：{choices}。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/training.py" line="43"/>
        <source>Unknown sampling “{value}”; choose one of {choices}.</source>
        <translation>不明なサンプリング方式「{value}」。次から選んでください：{choices}。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/training.py" line="45"/>
        <source>The data has {data} inputs per sample but the network expects {net}.</source>
        <translation>データはサンプルあたり {data} 個の入力ですが、ネットワークは {net} 個を想定しています。</translation>
    </message>
    <message>
        <location filename="../../numerics/network/training.py" line="46"/>
        <source>The training data is empty.</source>
        <translation>訓練データが空です。</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="42"/>
        <source>type a number</source>
        <extracomment>The minus sign numbers are shown with (U+2212): the hyphen-minus is too short to read. What an undefined value (NaN, ``None``) is shown as.</extracomment>
        <translation>数を入力してください</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="43"/>
        <source>{name}: type a number</source>
        <translation>{name}：数を入力してください</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="44"/>
        <source>“{text}” is not a number; type e.g. 0.1, −3 or 1e−3</source>
        <translation>「{text}」は数ではありません。0.1、−3、1e−3 のように入力してください</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="45"/>
        <source>{name}: “{text}” is not a number; type e.g. 0.1, −3 or 1e−3</source>
        <translation>{name}：「{text}」は数ではありません。0.1、−3、1e−3 のように入力してください</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="46"/>
        <source>“{text}” is not a finite number</source>
        <translation>「{text}」は有限の数ではありません</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="47"/>
        <source>{name} must be a finite number, not “{text}”</source>
        <translation>{name} は有限の数である必要があります（入力値：「{text}」）</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="48"/>
        <source>“{text}” is too large: the largest number is about 1.8e308</source>
        <translation>「{text}」は大きすぎます：最大の数は約 1.8e308 です</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="49"/>
        <source>{name}: “{text}” is too large: the largest number is about 1.8e308</source>
        <translation>{name}：「{text}」は大きすぎます：最大の数は約 1.8e308 です</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="50"/>
        <source>“{text}” is too close to 0: it would be rounded to 0 (the smallest is about 5e−324)</source>
        <translation>「{text}」は 0 に近すぎます：0 に丸められます（最小は約 5e−324）</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="51"/>
        <source>{name}: “{text}” is too close to 0: it would be rounded to 0 (the smallest is about 5e−324)</source>
        <translation>{name}：「{text}」は 0 に近すぎます：0 に丸められます（最小は約 5e−324）</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/step_inspector.py" line="24"/>
        <source>This step overflows: the run diverged. At {x}, where these steps started, λmax = {lam_max:.3g}, so plain gradient descent is stable there only for η &lt; 2/λmax = {eta_max:.3g}; try a smaller η. The optimizer was reset.</source>
        <translation>このステップはオーバーフローします：実行は発散しました。これらのステップが始まった {x} では λmax = {lam_max:.3g} なので、素朴な勾配降下法がそこで安定するのは η &lt; 2/λmax = {eta_max:.3g} のときだけです。より小さい η を試してください。最適化手法の状態をリセットしました。</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/step_inspector.py" line="28"/>
        <source>This step overflows: the run diverged; try a smaller η. The optimizer was reset.</source>
        <translation>このステップはオーバーフローします：実行は発散しました。より小さい η を試してください。最適化手法の状態をリセットしました。</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/step_inspector.py" line="30"/>
        <source>∇f is not finite at {x}; pick another point</source>
        <translation>{x} で ∇f が有限ではありません。別の点を選んでください</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/step_inspector.py" line="33"/>
        <source>step {step}:  x = {x},  f(x) = {f}</source>
        <translation>ステップ {step}:  x = {x},  f(x) = {f}</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/step_inspector.py" line="34"/>
        <source>      = {x_new}   (update −η·∇f = {update})</source>
        <translation>      = {x_new}   (更新量 −η·∇f = {update})</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/step_inspector.py" line="35"/>
        <source>x_new = {x_new}   (update {update})</source>
        <translation>x_new = {x_new}   (更新量 {update})</translation>
    </message>
    <message>
        <location filename="../../numerics/basins.py" line="28"/>
        <source>minimum {number} (found)</source>
        <extracomment>Labels of attractors the basin map found itself (not among the objective&apos;s critical points).</extracomment>
        <translation>極小値 {number}（検出）</translation>
    </message>
    <message>
        <location filename="../../numerics/basins.py" line="29"/>
        <source>saddle {number} (found)</source>
        <translation>鞍点 {number}（検出）</translation>
    </message>
    <message>
        <location filename="../../numerics/basins.py" line="30"/>
        <source>maximum {number} (found)</source>
        <translation>極大値 {number}（検出）</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/basin_legend.py" line="44"/>
        <source>diverged (left the view ×1000 or overflowed)</source>
        <extracomment>Grid size of the default map (the issue asks for at least 200 × 200). Words for the special labels of ``BasinMap``: (kind, the legend&apos;s English text).</extracomment>
        <translation>発散（表示範囲の1000倍の外へ出たか、オーバーフロー）</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/basin_legend.py" line="45"/>
        <source>not converged (out of steps)</source>
        <translation>未収束（ステップ切れ）</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/basin_legend.py" line="46"/>
        <source>stalled on a flat region (∇f = 0, no critical point)</source>
        <translation>平らな領域で停止（∇f = 0、臨界点ではない）</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/comparison.py" line="28"/>
        <source>the start must have finite coordinates, got {start}</source>
        <translation>開始点の座標は有限の数である必要があります（入力値：{start}）</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/comparison.py" line="29"/>
        <source>the learning rate must be positive and finite, got {lr}</source>
        <translation>学習率は有限の正の数である必要があります（入力値：{lr}）</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="30"/>
        <source>forward  (f(x+h) − f(x)) / h</source>
        <extracomment>The h slider&apos;s range (the book&apos;s 1e-50 example at the bottom). The book&apos;s step. Scheme names as the lab shows them (English; :func:`scheme_title` gives the translatable one).</extracomment>
        <translation>前方差分  (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="31"/>
        <source>backward  (f(x) − f(x−h)) / h</source>
        <translation>後方差分  (f(x) − f(x−h)) / h</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="32"/>
        <source>central  (f(x+h) − f(x−h)) / 2h</source>
        <translation>中心差分  (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="34"/>
        <source>complex step  Im f(x+ih) / h</source>
        <translation>複素ステップ  Im f(x+ih) / h</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="37"/>
        <source>exact</source>
        <translation>厳密値</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="38"/>
        <source>reference (complex step)</source>
        <translation>基準値（複素ステップ）</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="39"/>
        <source>reference (Richardson, h = 1e-3)</source>
        <translation>基準値（Richardson、h = 1e-3）</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="40"/>
        <source>In {precision}, numbers near x = {x:g} are {spacing:.1e} apart, so any h below {half:.1e} (like the book&apos;s 1e−50) leaves x + h == x: f(x + h) − f(x) is exactly 0 and so is the derivative.</source>
        <translation>{precision} では x = {x:g} の近くの数は {spacing:.1e} おきにしかないので、{half:.1e} より小さい h（本の 1e−50 のように）では x + h == x になります：f(x + h) − f(x) はちょうど 0 になり、微分も 0 になります。</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="43"/>
        <source>slope {order}</source>
        <translation>傾き {order}</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="44"/>
        <source>the x range must be two finite numbers, low &lt; high; got {domain}</source>
        <translation>x の範囲は 下限 &lt; 上限 となる有限の数2つである必要があります（入力値：{domain}）</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="45"/>
        <source>type a formula in x, e.g. 0.01*x**2 + 0.1*x</source>
        <translation>x の数式を入力してください。例：0.01*x**2 + 0.1*x</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="46"/>
        <source>this lab&apos;s functions have one variable: write x, not x0 or x1</source>
        <translation>この実験の関数は1変数です。x0 や x1 ではなく x と書いてください</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="90"/>
        <source>The book&apos;s function_1</source>
        <extracomment>Order of the truncation error of each scheme (error ∝ h^order while rounding is negligible).</extracomment>
        <translation>本の function_1</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="92"/>
        <source>Sine</source>
        <translation>正弦関数</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="93"/>
        <source>Exponential</source>
        <translation>指数関数</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="94"/>
        <source>Cubic</source>
        <translation>3次関数</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="96"/>
        <source>Natural logarithm</source>
        <translation>自然対数</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="97"/>
        <source>Square root</source>
        <translation>平方根</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/partials.py" line="27"/>
        <location filename="../../numerics/labs/step_inspector.py" line="31"/>
        <source>the point must have finite coordinates, got {point}</source>
        <extracomment>The book&apos;s example point. The book&apos;s function (x0² + x1², the catalogue&apos;s sphere), scheme and step for this experiment.</extracomment>
        <translation>点の座標は有限の数である必要があります（入力値：{point}）</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="23"/>
        <source>learning rate η must be a positive number, got {lr:g}</source>
        <translation>学習率 η は正の数である必要があります（入力値：{lr:g}）</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="24"/>
        <source>{optimizer} has no hyper-parameter {name} (it takes: {known})</source>
        <translation>{optimizer} にはハイパーパラメータ {name} がありません（使えるもの：{known}）</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="25"/>
        <source>{optimizer} has no hyper-parameter {name} (it takes none besides η)</source>
        <translation>{optimizer} にはハイパーパラメータ {name} がありません（η 以外は受け付けません）</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="26"/>
        <source>unknown optimizer {name}; choose one of {choices}</source>
        <translation>不明な最適化手法 {name}。次から選んでください：{choices}</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="27"/>
        <source>α: how much of the last step is kept</source>
        <translation>α: 直前のステップをどれだけ残すか</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="28"/>
        <source>ρ: how slowly old squared gradients fade</source>
        <translation>ρ: 過去の勾配の2乗がどれだけゆっくり薄れるか</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="29"/>
        <source>β₁: decay of the first moment (mean gradient)</source>
        <translation>β₁: 1次モーメント（勾配の平均）の減衰率</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="30"/>
        <source>β₂: decay of the second moment (mean squared gradient)</source>
        <translation>β₂: 2次モーメント（勾配の2乗の平均）の減衰率</translation>
    </message>
</context>
</TS>
