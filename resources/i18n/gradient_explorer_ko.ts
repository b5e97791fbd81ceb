<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>BasinsLab</name>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="63"/>
        <source>optimizer</source>
        <extracomment>Found attractors reached by fewer starts than this share are counted but not labelled.</extracomment>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="65"/>
        <source>learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="70"/>
        <source>steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="72"/>
        <source>Starts per side of the grid (n × n starts)</source>
        <translation>격자 한 변의 시작점 수 (시작점 n × n개)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="77"/>
        <source>grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="79"/>
        <source>numerical gradient</source>
        <translation>수치 기울기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="83"/>
        <source>Compute map</source>
        <translation>지도 계산</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="84"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="154"/>
        <source>computing %1×%1 starts …</source>
        <translation>시작점 %1×%1개 계산 중 …</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="205"/>
        <source>The map could not be computed: %1</source>
        <translation>지도를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="208"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="246"/>
        <source>%1×%2 starts in %3 s</source>
        <translation>시작점 %1×%2개, %3초</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labs/basins_lab.py" line="262"/>
        <source>%n starts</source>
        <translation>
            <numerusform>시작점 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labs/basins_lab.py" line="263"/>
        <source>%n more found points reached by %1 (%2, unlabelled)</source>
        <translation>
            <numerusform>%1이(가) 도달한, 이름 없는 다른 점 %n개 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="266"/>
        <source>most starts ran out of steps: try more steps or a larger η</source>
        <translation>대부분의 시작점이 단계를 다 썼습니다: 단계 수를 늘리거나 η를 키워 보세요</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="270"/>
        <source>numerical ∇f</source>
        <translation>수치 ∇f</translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="270"/>
        <source>analytic ∇f</source>
        <translation>해석적 ∇f</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labs/basins_lab.py" line="271"/>
        <source>%1, η = %2, %n steps, %3</source>
        <translation>
            <numerusform>%1, η = %2, %n단계, %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/labs/basins_lab.py" line="275"/>
        <source>%1×%2 starts coloured by where they end:</source>
        <translation>시작점 %1×%2개를 도착한 곳에 따라 색칠했습니다:</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../gui/control_panel.py" line="74"/>
        <source>(f(x+h) − f(x)) / h: error ∝ h</source>
        <extracomment>The learning rates a user may type: the session files&apos; range (numerics accepts a wider one for its own labs), so whatever the panel accepts saves and loads again. Animation speeds offered, in steps per second; ``math.inf`` reveals steps as they arrive. The function combo&apos;s item data for &quot;Your formula&quot; (the catalogue names are the others). Each scheme&apos;s formula and error, shown on its combo item (source texts of &quot;ControlPanel&quot;).</extracomment>
        <translation>(f(x+h) − f(x)) / h: 오차 ∝ h</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="75"/>
        <source>(f(x) − f(x−h)) / h: error ∝ h</source>
        <translation>(f(x) − f(x−h)) / h: 오차 ∝ h</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="76"/>
        <source>(f(x+h) − f(x−h)) / 2h: error ∝ h², the book&apos;s choice</source>
        <translation>(f(x+h) − f(x−h)) / 2h: 오차 ∝ h², 책에서 쓰는 방식</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="77"/>
        <source>central differences at h and h/2 combined: error ∝ h⁴</source>
        <translation>h와 h/2에서의 중심 차분을 결합: 오차 ∝ h⁴</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="78"/>
        <source>Im f(x + ih) / h: no cancellation, exact to rounding for analytic f</source>
        <translation>Im f(x + ih) / h: 뺄셈으로 자릿수를 잃지 않아, 해석 함수 f에서는 반올림 오차 수준까지 정확합니다</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="87"/>
        <source>instant</source>
        <translation>즉시</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="88"/>
        <source>%1 steps/s</source>
        <translation>초당 %1단계</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="130"/>
        <location filename="../../gui/control_panel.py" line="161"/>
        <source>Your formula</source>
        <translation>직접 입력한 수식</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="138"/>
        <location filename="../../gui/control_panel.py" line="221"/>
        <source>steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="138"/>
        <source>Most steps a run takes before it stops</source>
        <translation>실행 한 번이 멈추기 전까지 진행하는 최대 단계 수입니다</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="139"/>
        <location filename="../../gui/control_panel.py" line="223"/>
        <source>tolerance</source>
        <translation>허용 오차</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="140"/>
        <source>A run stops when |∇f| falls below this (its verdict then says whether at a minimum, a saddle, a maximum or a plateau)</source>
        <translation>|∇f|가 이 값보다 작아지면 실행이 멈춥니다 (그때 판정이 최솟값, 안장점, 최댓값, 고원 중 어디인지 알려 줍니다)</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="142"/>
        <source>Learning rate η: how far each step moves along −∇f</source>
        <translation>학습률 η: 한 단계에 −∇f 방향으로 얼마나 움직일지 정합니다</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="143"/>
        <source>Finite-difference step h (the book uses 1e-4)</source>
        <translation>차분 간격 h (책에서는 1e-4를 씁니다)</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="154"/>
        <source>Function</source>
        <translation>함수</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="158"/>
        <source>The function f whose gradient field is drawn and descended</source>
        <translation>기울기 벡터장을 그리고 경사 하강법으로 내려갈 함수 f입니다</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="167"/>
        <source>Keep paths when changing function</source>
        <translation>함수를 바꿔도 경로 유지</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="169"/>
        <source>Off: changing the function clears the paths; on: they stay drawn</source>
        <translation>끄면 함수를 바꿀 때 경로가 지워지고, 켜면 그대로 남습니다</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="183"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="186"/>
        <source>The update rule applied at every step</source>
        <translation>매 단계에 적용하는 갱신 규칙입니다</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="191"/>
        <source>The update rule, as in the book</source>
        <translation>책에 나오는 갱신 규칙입니다</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="193"/>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="200"/>
        <source>On a quadratic, a step of plain gradient descent multiplies the error along the steepest curvature λmax by 1 − η·λmax: it shrinks only while η &lt; 2/λmax</source>
        <translation>2차 함수에서 단순한 경사 하강법의 한 단계는 곡률이 가장 큰 방향(λmax)의 오차에 1 − η·λmax를 곱합니다. 그래서 η &lt; 2/λmax일 때만 오차가 줄어듭니다</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="203"/>
        <source>Suggest η</source>
        <translation>η 제안</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="205"/>
        <source>Set η to 1/λmax over the part of the view below the last start (the centre of the view before any start): safe for plain gradient descent</source>
        <translation>보기 범위 중 마지막 시작점보다 낮은 부분(시작점이 아직 없으면 보기의 중심)에서의 1/λmax로 η를 설정합니다. 단순한 경사 하강법에 안전한 값입니다</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="217"/>
        <source>Stopping</source>
        <translation>정지 조건</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="224"/>
        <source>Steps</source>
        <translation>단계 한도</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="233"/>
        <source>Gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="238"/>
        <source>analytic (exact formula)</source>
        <translation>해석적 (정확한 식)</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="240"/>
        <source>numerical (finite differences)</source>
        <translation>수치 (유한 차분)</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="241"/>
        <source>How ∇f is computed, for the arrows and for descent</source>
        <translation>화살표와 경사 하강에 쓰는 ∇f를 계산하는 방법입니다</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="246"/>
        <source>Difference scheme used for the numerical gradient</source>
        <translation>수치 기울기에 쓰는 차분 방식입니다</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="249"/>
        <source>Scheme</source>
        <translation>차분 방식</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="258"/>
        <source>Animation</source>
        <translation>애니메이션</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="264"/>
        <source>How fast computed steps are drawn (computing is never slowed)</source>
        <translation>계산된 단계를 그리는 속도입니다 (계산 자체는 느려지지 않습니다)</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="265"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="301"/>
        <source>fix the highlighted setting first: %1</source>
        <translation>강조 표시된 설정을 먼저 고치십시오: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/control_panel.py" line="316"/>
        <source>%1 η=%2%3, ≤%n steps</source>
        <translation>
            <numerusform>%1 η=%2%3, 최대 %n단계</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="452"/>
        <source>Your formula (from the box below)</source>
        <translation>직접 입력한 수식 (아래 수식 입력란의 것)</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="453"/>
        <source>Type a formula below and press Enter</source>
        <translation>아래 수식 입력란에 수식을 입력하고 Enter를 누르십시오</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="495"/>
        <source>A typed formula has no exact gradient: finite differences only</source>
        <translation>입력한 수식에는 정확한 기울기 식이 없어 유한 차분만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="505"/>
        <source>Click the field: λmax at the start and the largest stable η (2/λmax) show here.</source>
        <translation>벡터장을 클릭하면 시작점의 λmax와 안정적인 가장 큰 η(2/λmax)가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/control_panel.py" line="512"/>
        <source>No stability bound at the start: %1</source>
        <translation>시작점에서 안정성 한계를 구할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>DerivativeLab</name>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="94"/>
        <source>The function to differentiate (the book&apos;s function_1 first)</source>
        <extracomment>the second preset: a function whose error curves show both truncation slopes, and where the central difference had no truncation error (a quadratic)</extracomment>
        <translation>미분할 함수 (맨 위는 책의 function_1)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="97"/>
        <source>eˣ at x = 1: both truncation slopes</source>
        <translation>eˣ (x = 1): 두 가지 기울기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="99"/>
        <source>The second preset: forward and backward differences fall with slope 1, central with slope 2, until rounding takes over (on the book&apos;s quadratic the central difference has no truncation error at all)</source>
        <translation>두 번째 설정: 반올림 오차가 커지기 전까지 전방 차분과 후방 차분은 기울기 1로, 중심 차분은 기울기 2로 줄어듭니다 (책의 2차 함수에서는 중심 차분에 절단 오차가 전혀 없습니다)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="108"/>
        <source>e.g. %1  (variable x)</source>
        <translation>예: %1  (변수 x)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="110"/>
        <source>A formula in x: + − * / ** and sin, cos, exp, log, sqrt, abs …</source>
        <translation>x의 수식: + − * / ** 와 sin, cos, exp, log, sqrt, abs …</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="116"/>
        <source>Use</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="119"/>
        <location filename="../../gui/labs/derivative_lab.py" line="300"/>
        <source>x from</source>
        <translation>x 범위</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="120"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="129"/>
        <source>Where to differentiate; or drag the vertical line in the plot</source>
        <translation>미분할 위치. 그래프의 세로선을 끌어도 됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="135"/>
        <source>The step h, on a log scale from 1e−1 (left) to 1e−50 (right)</source>
        <translation>차분 간격 h, 로그 스케일로 1e−1(왼쪽)부터 1e−50(오른쪽)까지</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="142"/>
        <source>1e−4 (book)</source>
        <translation>1e−4 (책)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="143"/>
        <source>The book&apos;s step, h = 1e−4</source>
        <translation>책의 차분 간격, h = 1e−4</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="144"/>
        <source>The book&apos;s example of a step too small for float64</source>
        <translation>float64에는 너무 작은 간격의 예 (책에 나오는 예)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="153"/>
        <source>scheme</source>
        <translation>차분 방식</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="157"/>
        <source>Compute f and x ± h in double or single precision</source>
        <translation>f와 x ± h를 배정밀도 또는 단정밀도로 계산합니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="158"/>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="175"/>
        <source>Drag to move x</source>
        <translation>끌어서 x를 옮깁니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="185"/>
        <source>|error|</source>
        <translation>|오차|</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="210"/>
        <source>tangent from the numerical derivative</source>
        <translation>수치 미분으로 구한 접선</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="213"/>
        <source>derivative = 0 (x ± h == x)</source>
        <translation>미분 = 0 (x ± h == x)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="216"/>
        <source>error exactly 0 (drawn at ½·eps·|f′|)</source>
        <translation>오차가 정확히 0 (½·eps·|f′| 위치에 표시)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="301"/>
        <source>x to</source>
        <translation>x 범위의 끝</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="309"/>
        <source>the formula must give one value per x</source>
        <translation>수식은 x 하나에 값 하나를 내야 합니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="376"/>
        <source>f(x) = %1 and its tangent</source>
        <translation>f(x) = %1 그래프와 접선</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="405"/>
        <source>&lt;b&gt;h = %1 is too small here.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;여기서는 h = %1이(가) 너무 작습니다.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="415"/>
        <source>The central difference is exact on a quadratic such as the book&apos;s function_1: (f(x+h) − f(x−h))/2h = f′(x) for every h, so its |error| is rounding alone and shows no slope 2. The button “eˣ at x = 1” shows both truncation slopes.</source>
        <translation>책의 function_1 같은 2차 함수에서는 중심 차분이 정확합니다: 모든 h에 대해 (f(x+h) − f(x−h))/2h = f′(x)이므로 |오차|는 반올림 오차뿐이고 기울기 2가 나타나지 않습니다. “eˣ (x = 1)” 버튼을 누르면 두 가지 절단 오차 기울기를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="420"/>
        <source>In float32, 1e−50 is itself 0.0 (the smallest float32 is about 1.4e−45): x + h == x because h is 0, and the difference quotient is 0/1e−50 = 0.</source>
        <translation>float32에서는 1e−50 자체가 0.0입니다 (float32의 가장 작은 수는 약 1.4e−45): h가 0이므로 x + h == x이고, 차분 몫은 0/1e−50 = 0입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="425"/>
        <source>The complex step has no cancellation, but in float32 f itself is computed in single precision: its |error| stays near ½·eps·|f′| ≈ %1 whatever h (a band, not a slope); below 1.2e−38 the step is subnormal and loses digits.</source>
        <translation>복소 스텝에는 자릿수 상쇄가 없지만, float32에서는 f 자체가 단정밀도로 계산됩니다: h와 상관없이 |오차|는 ½·eps·|f′| ≈ %1 근처에 머뭅니다 (기울기가 아니라 띠). 1.2e−38보다 작으면 간격이 비정규 수가 되어 자릿수를 잃습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="433"/>
        <source>numerical f′(%1)</source>
        <translation>수치 미분 f′(%1)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="434"/>
        <source>%1 f′(%2)</source>
        <translation>%1 f′(%2)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="436"/>
        <source>absolute error</source>
        <translation>절대 오차</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="437"/>
        <source>relative error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="441"/>
        <source>identical ✓</source>
        <translation>일치 ✓</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="441"/>
        <source>differs</source>
        <translation>다름</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="442"/>
        <source>the book prints</source>
        <translation>책의 출력</translation>
    </message>
    <message>
        <location filename="../../gui/labs/derivative_lab.py" line="494"/>
        <source>|error| of f′(%1) against h, %2  (current scheme thick)</source>
        <translation>h에 따른 f′(%1)의 |오차|, %2  (현재 방식은 굵게)</translation>
    </message>
</context>
<context>
    <name>FieldCanvas</name>
    <message>
        <location filename="../../gui/canvas/field_canvas.py" line="595"/>
        <source>Could not evaluate %1: %2</source>
        <extracomment>the book&apos;s ch. 4 quiver grid (gradient_2d.py), 18 points the book view&apos;s shaft width, in grid cells: plt.quiver&apos;s 0.005 of the axes&apos; width on [−2, 2] is 0.08 of a cell; a little more reads better on a screen and a slide a Shift-drag drew this box (x0_min, x0_max, x1_min, x1_max): release a swarm over it heatmap covers this fraction of the view beyond each edge where the field is computed (None: here) the key its jobs are submitted under the field behind the arrows last drawn data distance between neighbouring arrows computing time of the last field drawn (field + heatmap + contours) the colour keys beside the plot (small multiples share one figure&apos;s) the state followed (bind_state), if any labs draw extra items here, in data coordinates the arrows&apos; key (|∇f|)</extracomment>
        <translation>%1을(를) 계산할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>FormulaField</name>
    <message>
        <location filename="../../gui/controls/formula_field.py" line="80"/>
        <source>Formula…  e.g. x0**2 + x1**2</source>
        <translation>수식…  예: x0**2 + x1**2</translation>
    </message>
    <message>
        <location filename="../../gui/controls/formula_field.py" line="81"/>
        <source>Type f(x0, x1) and press Enter: + − * / ** and sin, cos, exp, log, sqrt, abs…</source>
        <translation>f(x0, x1)을 입력하고 Enter를 누릅니다: + − * / ** 와 sin, cos, exp, log, sqrt, abs…</translation>
    </message>
    <message>
        <location filename="../../gui/controls/formula_field.py" line="82"/>
        <source>Use</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../gui/controls/formula_field.py" line="83"/>
        <source>Draw this formula&apos;s field (gradients are then numerical)</source>
        <translation>이 수식의 벡터장을 그립니다 (기울기는 수치 미분으로 구합니다)</translation>
    </message>
    <message>
        <location filename="../../gui/controls/formula_field.py" line="117"/>
        <source>valid formula: press Enter to use it</source>
        <translation>올바른 수식입니다. Enter를 누르면 적용됩니다</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <location filename="../../gui/help_text.py" line="17"/>
        <source>How to use Gradient Explorer</source>
        <translation>Gradient Explorer 사용법</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="18"/>
        <source>About Gradient Explorer</source>
        <translation>Gradient Explorer 정보</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="24"/>
        <source>The arrows show &lt;b&gt;−∇f&lt;/b&gt;, the direction in which f decreases fastest; their colour (and, in &lt;i&gt;scaled&lt;/i&gt; mode, their length) shows |∇f|.</source>
        <extracomment>The how-to as ``(tag, text or texts)``: ``h3``/``h4``/``p`` hold one source text, ``ol``/``ul`` a tuple of list items.</extracomment>
        <translation>화살표는 f가 가장 빠르게 줄어드는 방향인 &lt;b&gt;−∇f&lt;/b&gt;를 나타냅니다. 화살표의 색(&lt;i&gt;|∇f|에 비례&lt;/i&gt; 모드에서는 길이도)은 |∇f|를 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="27"/>
        <source>&lt;b&gt;Pick a function&lt;/b&gt; in the panel on the left, or type your own in the Formula box (use &lt;code&gt;x0&lt;/code&gt; and &lt;code&gt;x1&lt;/code&gt;, e.g. &lt;code&gt;x0**2 + 3*x1**2&lt;/code&gt;; &lt;code&gt;x0²&lt;/code&gt;, &lt;code&gt;×&lt;/code&gt; and full-width characters are read too) and press Enter. A red border means the formula was refused; the reason and its column are shown under it.</source>
        <translation>왼쪽 패널에서 &lt;b&gt;함수를 고르거나&lt;/b&gt;, 수식 입력란에 직접 입력하고 Enter를 누릅니다 (&lt;code&gt;x0&lt;/code&gt;과 &lt;code&gt;x1&lt;/code&gt;을 씁니다. 예: &lt;code&gt;x0**2 + 3*x1**2&lt;/code&gt;. &lt;code&gt;x0²&lt;/code&gt;, &lt;code&gt;×&lt;/code&gt;, 전각 문자도 읽습니다). 테두리가 빨간색이면 수식이 거부된 것이며, 그 이유와 위치(열)가 아래에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="32"/>
        <source>&lt;b&gt;Click anywhere on the field&lt;/b&gt; to start gradient descent there with the current settings. Each run gets its own colour; start as many as you like. &lt;b&gt;Shift-drag&lt;/b&gt; a rectangle to release a swarm: a 30×30 grid of starts over it.</source>
        <translation>&lt;b&gt;벡터장의 아무 곳이나 클릭&lt;/b&gt;하면 지금 설정으로 그 점에서 경사 하강법을 시작합니다. 실행마다 색이 다르며, 몇 개든 시작할 수 있습니다. &lt;b&gt;Shift를 누른 채 드래그&lt;/b&gt;해 사각형을 그리면 무리를 풉니다: 그 안에 30×30 격자로 시작점을 놓습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="36"/>
        <source>Choose the &lt;b&gt;optimizer&lt;/b&gt;, the &lt;b&gt;learning rate η&lt;/b&gt; (slider or text, log scale), the step limit and the tolerance. Values outside their range are refused with the reason shown. Under η the panel shows the largest stable η at your last start, 2/λmax; &lt;i&gt;Suggest η&lt;/i&gt; sets a safe one.</source>
        <translation>&lt;b&gt;옵티마이저&lt;/b&gt;, &lt;b&gt;학습률 η&lt;/b&gt;(슬라이더나 입력란, 로그 스케일), 단계 한도, 허용 오차를 고릅니다. 범위를 벗어난 값은 이유와 함께 거부됩니다. η 아래에는 마지막 시작점에서 안정적인 가장 큰 η인 2/λmax가 표시되고, &lt;i&gt;η 제안&lt;/i&gt;은 안전한 값을 설정합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="40"/>
        <source>Choose an &lt;b&gt;analytic&lt;/b&gt; or a &lt;b&gt;numerical&lt;/b&gt; gradient (finite differences with step h and a scheme): the arrows and the runs both use it.</source>
        <translation>&lt;b&gt;해석적&lt;/b&gt; 기울기와 &lt;b&gt;수치&lt;/b&gt; 기울기(차분 간격 h와 차분 방식으로 구하는 유한 차분) 중에서 고릅니다. 화살표와 실행이 모두 이것을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="42"/>
        <source>&lt;b&gt;Animation speed&lt;/b&gt; only changes how fast steps are drawn, never the result.</source>
        <translation>&lt;b&gt;애니메이션 속도&lt;/b&gt;는 단계를 그리는 빠르기만 바꿀 뿐, 결과는 바꾸지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="45"/>
        <source>While runs are going</source>
        <translation>실행하는 동안</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="47"/>
        <source>&lt;b&gt;Space&lt;/b&gt; pauses or resumes all runs, &lt;b&gt;Ctrl+→&lt;/b&gt; shows one more step of each, &lt;b&gt;Esc&lt;/b&gt; cancels them, &lt;b&gt;Ctrl+K&lt;/b&gt; clears the paths (also in the Run menu).</source>
        <translation>&lt;b&gt;스페이스바&lt;/b&gt;는 모든 실행을 일시 정지하거나 재개하고, &lt;b&gt;Ctrl+→&lt;/b&gt;는 각 실행을 한 단계 더 보여 주며, &lt;b&gt;Esc&lt;/b&gt;는 실행을 취소하고, &lt;b&gt;Ctrl+K&lt;/b&gt;는 경로를 지웁니다 (실행 메뉴에도 있습니다).</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="50"/>
        <source>Select rows of the run table to highlight those paths and plot f against the step; right-click them to pause, step, cancel or remove just those runs.</source>
        <translation>실행 표에서 행을 선택하면 그 경로가 강조되고 단계에 따른 f가 그려집니다. 오른쪽 클릭하면 그 실행만 일시 정지, 한 단계 진행, 취소, 제거할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="53"/>
        <source>The &lt;b&gt;Outcome&lt;/b&gt; column says how each run really ended: minimum, saddle point, plateau, diverged …; hover it for the sentence with the numbers that explain it.</source>
        <translation>&lt;b&gt;결과&lt;/b&gt; 열은 각 실행이 실제로 어떻게 끝났는지(최솟값 도달, 안장점, 고원, 발산 …) 알려 줍니다. 마우스를 올리면 근거가 되는 수치로 설명하는 문장이 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="56"/>
        <source>Click a point of a path to see that step: x, ∇f, η∇f and the next x.</source>
        <translation>경로의 점을 클릭하면 그 단계의 x, ∇f, η∇f, 다음 x를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="57"/>
        <source>A run that &lt;b&gt;diverges&lt;/b&gt; stops by itself; the view does not move. Try a smaller η.</source>
        <translation>&lt;b&gt;발산&lt;/b&gt;하는 실행은 저절로 멈추며, 보기는 움직이지 않습니다. 더 작은 η로 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="60"/>
        <source>View and files</source>
        <translation>보기와 파일</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="62"/>
        <source>View ▸ layers, arrow mode, log heatmap, light/dark theme, language; &lt;i&gt;Book view&lt;/i&gt; draws the book&apos;s 18×18 grey quiver on [−2, 2]²; &lt;i&gt;Reset view&lt;/i&gt; returns to the function&apos;s box; &lt;i&gt;3-D view&lt;/i&gt; shows f as a surface with the runs on it.</source>
        <translation>보기 ▸ 레이어, 화살표 모드, 로그 히트맵, 밝은/어두운 테마, 언어. &lt;i&gt;책의 그림&lt;/i&gt;은 책과 같은 [−2, 2]² 위의 18×18개 회색 화살표를 그리고, &lt;i&gt;보기 초기화&lt;/i&gt;는 함수의 원래 범위로 돌아가며, &lt;i&gt;3차원 보기&lt;/i&gt;는 f를 곡면으로 그리고 그 위에 실행을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="66"/>
        <source>File ▸ export the canvas as PNG (1× or 2×) or SVG, the whole window as PNG, the runs as CSV; save and reopen whole sessions.</source>
        <translation>파일 ▸ 캔버스를 PNG(1× 또는 2×)나 SVG로, 창 전체를 PNG로, 실행을 CSV로 내보냅니다. 세션 전체를 저장하고 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="68"/>
        <source>The other tabs are labs: small experiments from the book&apos;s chapter 4.</source>
        <translation>다른 탭은 실험입니다. 책 4장의 내용을 직접 해 보는 작은 실험들입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="73"/>
        <source>An interactive companion to chapter 4 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt;: numerical differentiation, gradients and gradient descent, drawn as a field you can click into.</source>
        <translation>&lt;i&gt;밑바닥부터 시작하는 딥러닝&lt;/i&gt; 4장과 함께 보는 대화형 프로그램입니다: 수치 미분, 기울기, 경사 하강법을 직접 클릭해 볼 수 있는 벡터장으로 그립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/help_text.py" line="76"/>
        <source>Built with numpy, PySide6 and pyqtgraph.</source>
        <translation>numpy, PySide6, pyqtgraph로 만들었습니다.</translation>
    </message>
</context>
<context>
    <name>LabWidget</name>
    <message>
        <location filename="../../gui/labs/lab_base.py" line="88"/>
        <source>The computation failed: %1</source>
        <extracomment>wide enough for the longest catalogue title in a lab&apos;s &quot;f&quot; box (&quot;Stretched bowl (x0²/20 + x1², ch. 6)&quot;) How long :meth:`LabWidget.wait_until_computed` waits by default (a 20 000-step preset of every lane takes a few seconds on the worker). What :meth:`LabWidget.show_error` shows: a text, a Message (rendered in the language shown), or a function giving the text in the current language (re-asked on a language switch).</extracomment>
        <translation>계산에 실패했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lab_base.py" line="132"/>
        <source>computing … %p%</source>
        <translation>계산 중 … %p%</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lab_base.py" line="134"/>
        <source>This lab is computing on the worker thread; you may keep working</source>
        <translation>이 실험은 작업 스레드에서 계산 중입니다. 계속 작업해도 됩니다</translation>
    </message>
</context>
<context>
    <name>LearningRateRaceLab</name>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="69"/>
        <source>numerical gradient (as the book)</source>
        <extracomment>A sign before each verdict word in the table: reached, ran away, bounced, out of steps, stuck. Nine significant digits, as numpy prints the book&apos;s arrays.</extracomment>
        <translation>수치 기울기 (책처럼)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="75"/>
        <source>final x0</source>
        <translation>최종 x0</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="75"/>
        <source>final x1</source>
        <translation>최종 x1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="75"/>
        <source>f(final)</source>
        <translation>f(최종)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="75"/>
        <source>the book</source>
        <translation>책</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="84"/>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="89"/>
        <source>The learning rates in the race (each gets its own colour)</source>
        <translation>경주에 나선 학습률 (저마다 색이 다릅니다)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="92"/>
        <source>e.g. %1 or %2</source>
        <translation>예: %1 또는 %2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="95"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="99"/>
        <source>Remove selected</source>
        <translation>선택 항목 제거</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="100"/>
        <source>Book preset</source>
        <translation>책의 설정</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="103"/>
        <source>Suggest η</source>
        <translation>η 제안</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="105"/>
        <source>Add η = 1/λmax over the part of the view below the start: safe for plain gradient descent (λmax: the largest curvature of f; steps are stable only for η &lt; 2/λmax)</source>
        <translation>보기 범위에서 시작점보다 f가 낮은 부분의 λmax로 η = 1/λmax를 추가합니다: 단순한 경사 하강법에 안전한 값입니다 (λmax: f의 가장 큰 곡률. η &lt; 2/λmax일 때만 단계가 안정적입니다)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="162"/>
        <source>η = %1 is already in the race</source>
        <translation>η = %1은(는) 이미 경주에 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="222"/>
        <source>numerical ∇f</source>
        <translation>수치 ∇f</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="222"/>
        <source>analytic ∇f</source>
        <translation>해석적 ∇f</translation>
    </message>
    <message>
        <location filename="../../gui/labs/lr_race_lab.py" line="223"/>
        <source>f against the step (%1, %2; log scale)</source>
        <translation>단계에 따른 f (%1, %2, 로그 스케일)</translation>
    </message>
</context>
<context>
    <name>LineFitPage</name>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="179"/>
        <source>points</source>
        <extracomment>Most steps one run may take (about 0.4 s on the worker at 18 µs a step). Epochs revealed per second, by the speed box (math.inf: at once).</extracomment>
        <translation>점 개수</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="179"/>
        <source>noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="179"/>
        <source>data seed</source>
        <translation>데이터 시드</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="180"/>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="180"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="180"/>
        <source>epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="181"/>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="181"/>
        <source>sampling</source>
        <translation>배치 추출</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="181"/>
        <source>batch seed</source>
        <translation>배치 시드</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="182"/>
        <source>show</source>
        <translation>표시 속도</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="185"/>
        <source>and full-batch descent from the same point</source>
        <translation>같은 점에서 전체 배치 경사 하강법도</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="186"/>
        <source>shuffled epochs</source>
        <translation>에폭마다 섞기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="187"/>
        <source>with replacement</source>
        <translation>복원 추출</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="189"/>
        <source>at once</source>
        <translation>즉시</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="190"/>
        <source>%1 epochs per second</source>
        <translation>초당 %1에폭</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="191"/>
        <source>Clear paths</source>
        <translation>경로 지우기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="192"/>
        <source>Click the field: mini-batch descent starts there with this batch size. x0 is the slope w, x1 the intercept b.</source>
        <translation>벡터장을 클릭하면 그 점에서 이 배치 크기로 미니배치 경사 하강법이 시작됩니다. x0은 직선의 기울기 w, x1은 절편 b입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="194"/>
        <source>The data and the fitted lines</source>
        <translation>데이터와 맞춘 직선</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="204"/>
        <source>slope w (x0)</source>
        <translation>직선의 기울기 w (x0)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="205"/>
        <source>intercept b (x1)</source>
        <translation>절편 b (x1)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="260"/>
        <source>%1 epochs of batches of %2 are %3 steps; at most %4 per run: fewer epochs or a larger batch.</source>
        <translation>배치 크기 %2로 %1에폭이면 %3단계입니다. 실행 하나는 최대 %4단계까지입니다: 에폭 수를 줄이거나 배치를 키우십시오.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="353"/>
        <source>full batch (%1 points)</source>
        <translation>전체 배치 (점 %1개)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="353"/>
        <source>batch %1</source>
        <translation>배치 %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="358"/>
        <source>%1, %2 η = %3: epoch %4 of %5, %6 steps, L = %7</source>
        <translation>%1, %2 η = %3: 에폭 %4/%5, %6단계, L = %7</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="364"/>
        <source>least squares: w = %1, b = %2, L = %3 (grey line; dashed: the true line)</source>
        <translation>최소제곱법: w = %1, b = %2, L = %3 (회색 선. 점선은 데이터를 만든 직선)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_line_fit.py" line="372"/>
        <source>One epoch is one pass over the %1 points: a batch of B takes %1/B steps of it. Small batches take many cheap, noisy steps; the full batch one exact, expensive step per epoch. The paths are revealed epoch by epoch, so they advance by the same amount of data seen.</source>
        <translation>에폭 하나는 점 %1개를 한 번 모두 훑는 것입니다: 배치 크기가 B이면 한 에폭은 %1/B단계입니다. 작은 배치는 값싸고 잡음 섞인 단계를 여러 번 밟고, 전체 배치는 에폭마다 정확하지만 비싼 단계를 한 번 밟습니다. 경로는 에폭 단위로 드러나므로, 모두 같은 양의 데이터를 본 만큼씩 나아갑니다.</translation>
    </message>
</context>
<context>
    <name>LogNumberField</name>
    <message>
        <location filename="../../gui/controls/validated_field.py" line="238"/>
        <source>%1 (log scale)</source>
        <extracomment>Style for a field whose text was refused (kept small: only the border changes).</extracomment>
        <translation>%1 (로그 스케일)</translation>
    </message>
    <message>
        <location filename="../../gui/controls/validated_field.py" line="238"/>
        <source>log scale</source>
        <translation>로그 스케일</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../gui/loss_plot.py" line="25"/>
        <source>Finished runs appear here; select runs in the table to choose which</source>
        <translation>끝난 실행이 여기에 나타납니다. 표에서 실행을 선택해 보여 줄 실행을 고를 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="27"/>
        <source>the finished runs (select rows to choose)</source>
        <extracomment>said under the plot when it shows the finished runs because none is selected</extracomment>
        <translation>끝난 실행 (행을 선택해 고를 수 있습니다)</translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="91"/>
        <source>step</source>
        <extracomment>room above the plot for the top tick&apos;s value (centred on the top edge, half of it was cut) More points than this per curve are reduced to their per-bin minimum and maximum: a 100k-step curve drawn point by point costs ~70 ms a frame, its min/max envelope looks identical. whether the runs shown were selected (else: the finished ones)</extracomment>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="92"/>
        <source>f against the step for the selected runs (or, with none selected, the finished ones)</source>
        <translation>선택한 실행의 단계별 f (선택한 실행이 없으면 끝난 실행)</translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="95"/>
        <location filename="../../gui/loss_plot.py" line="111"/>
        <source>run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="149"/>
        <source>log scale</source>
        <translation>로그 스케일</translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="149"/>
        <source>linear scale: f ≤ 0 occurs, so no log axis</source>
        <translation>선형 스케일: f ≤ 0인 값이 있어 로그 축을 쓸 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/loss_plot.py" line="151"/>
        <source>%n undefined values not drawn</source>
        <translation>
            <numerusform>정의되지 않은 값 %n개는 그리지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/loss_plot.py" line="152"/>
        <source>; </source>
        <comment>between the parts of the note under the plot</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="70"/>
        <source>Field arrows</source>
        <extracomment>(layer, label): the labels are source texts of the &quot;MainWindow&quot; context, translated where shown.</extracomment>
        <translation>벡터장 화살표</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="71"/>
        <source>Heatmap</source>
        <translation>히트맵</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="72"/>
        <source>Contours</source>
        <translation>등고선</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="73"/>
        <source>Critical points</source>
        <translation>임계점</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="74"/>
        <source>Paths</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="76"/>
        <source>Light</source>
        <extracomment>Theme names → their menu texts and tips (&quot;MainWindow&quot; context); another theme shows its name.</extracomment>
        <translation>밝은 테마</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="76"/>
        <source>Light colours</source>
        <translation>밝은 색 (책처럼, 인쇄용)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="77"/>
        <source>Dark</source>
        <translation>어두운 테마</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="77"/>
        <source>Dark colours</source>
        <translation>어두운 색</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="163"/>
        <source>Cursor position, f and ∇f there</source>
        <extracomment>The smallest default window; on a larger screen the window grows (up to PREFERRED_SIZE) and the canvas takes all of the extra width. How long the warning that no font covers the chosen language stays in the status bar. with no run selected, the loss plot shows the last this many finished runs a swarm is this many starts on a side, spread over the visible field Every text of the menus, tabs and status bar labels, in the current language. Everything the Explorer shows and runs with (gui.model.explorer_state): the panel and the menus write it; the canvas, the runs&apos; speed and this window&apos;s looks follow it. Each run&apos;s verdict once its end is shown (numerics.diagnosis): the table, the status line, the step box, the CSV and the session read it from the run. A typed formula&apos;s minima, saddles and maxima, found as a job and marked on the canvas.</extracomment>
        <translation>커서 위치와 그 점의 f, ∇f</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="169"/>
        <source>Explorer</source>
        <translation>탐색기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234"/>
        <source>3-D view</source>
        <translation>3차원 보기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="284"/>
        <source>This lab could not be opened:
%1: %2</source>
        <translation>이 실험을 열 수 없습니다:
%1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="327"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="328"/>
        <source>Export &amp;image…</source>
        <translation>이미지 내보내기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329"/>
        <source>Save the figure (PNG 1×/2×, SVG) or the whole window (PNG)</source>
        <translation>그림(PNG 1×/2×, SVG)이나 창 전체(PNG)를 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="330"/>
        <source>Export &amp;3-D view…</source>
        <translation>3차원 보기 내보내기(&amp;3)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="331"/>
        <source>Save the 3-D view as PNG</source>
        <translation>3차원 보기를 PNG로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332"/>
        <source>Export &amp;trajectories…</source>
        <translation>궤적 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="333"/>
        <source>Save every run&apos;s steps as CSV</source>
        <translation>모든 실행의 단계를 CSV로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="335"/>
        <source>&amp;Open session…</source>
        <translation>세션 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="336"/>
        <source>Restore a saved session</source>
        <translation>저장한 세션을 복원합니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="337"/>
        <source>Save &amp;session…</source>
        <translation>세션 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338"/>
        <source>Save function, settings and run starts</source>
        <translation>함수, 설정, 실행의 시작점을 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="340"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="341"/>
        <source>Close Gradient Explorer</source>
        <translation>Gradient Explorer를 닫습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="346"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="347"/>
        <source>&amp;Copy image</source>
        <translation>이미지 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="348"/>
        <source>Copy the current figure to the clipboard</source>
        <translation>지금 보이는 그림을 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="353"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="356"/>
        <source>Show or hide the %1</source>
        <translation>%1 표시 또는 숨기기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="359"/>
        <source>Arrow &amp;length</source>
        <translation>화살표 길이(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="361"/>
        <source>Scaled by |∇f|</source>
        <translation>|∇f|에 비례</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="361"/>
        <source>Arrow length proportional to |∇f|</source>
        <translation>화살표 길이를 |∇f|에 비례하게 그립니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="362"/>
        <source>Unit length</source>
        <translation>단위 길이</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="362"/>
        <source>Every arrow the same length</source>
        <translation>모든 화살표를 같은 길이로 그립니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="367"/>
        <source>&amp;Log heatmap</source>
        <translation>로그 히트맵(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="368"/>
        <source>Colour f on a log scale</source>
        <translation>f를 로그 스케일로 색칠합니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="369"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="379"/>
        <source>&amp;Book view</source>
        <translation>책의 그림(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="380"/>
        <source>The book&apos;s figure: 18×18 grey arrows on [−2, 2]²</source>
        <translation>책의 그림: [−2, 2]² 위의 18×18개 회색 화살표</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="381"/>
        <source>&amp;Reset view</source>
        <translation>보기 초기화(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="382"/>
        <source>Back to the function&apos;s own box</source>
        <translation>함수의 원래 범위로 돌아갑니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="384"/>
        <source>&amp;3-D view</source>
        <translation>3차원 보기(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="385"/>
        <source>Show f as a surface beside the canvas, with the runs rolling on it</source>
        <translation>캔버스 옆에 f를 곡면으로 그리고, 그 위를 굴러가는 실행을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="392"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="393"/>
        <source>&amp;Pause/Resume all</source>
        <translation>모두 일시 정지/재개(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="394"/>
        <source>Pause every run, or resume them</source>
        <translation>모든 실행을 일시 정지하거나 다시 진행합니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="395"/>
        <source>&amp;Step all</source>
        <translation>모두 한 단계 진행(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="396"/>
        <source>Show one more step of every run (pauses them)</source>
        <translation>모든 실행을 한 단계씩 더 보여 줍니다 (일시 정지됩니다)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="397"/>
        <source>&amp;Cancel all</source>
        <translation>모두 취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="398"/>
        <source>Stop every run</source>
        <translation>모든 실행을 멈춥니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="399"/>
        <source>S&amp;warm over the view</source>
        <translation>보이는 영역에 무리 풀기(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="400"/>
        <source>Release a %1×%1 grid of starts over the visible field, all descending together with the panel&apos;s settings</source>
        <translation>보이는 벡터장 위에 %1×%1 격자의 시작점을 놓고, 패널의 설정으로 모두 함께 하강시킵니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="403"/>
        <source>C&amp;lear paths</source>
        <translation>경로 지우기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="404"/>
        <source>Remove every path (cancels running ones)</source>
        <translation>모든 경로를 지웁니다 (실행 중인 것은 취소됩니다)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="406"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="407"/>
        <source>&amp;How to use</source>
        <translation>사용법(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="408"/>
        <source>A short guide</source>
        <translation>간단한 안내</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="409"/>
        <source>&amp;About</source>
        <translation>Gradient Explorer 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="410"/>
        <source>About Gradient Explorer</source>
        <translation>Gradient Explorer 정보</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="426"/>
        <source>Lan&amp;guage</source>
        <translation>언어(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="430"/>
        <source>&amp;System (%1)</source>
        <translation>시스템 설정(&amp;S) (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="431"/>
        <source>Follow the language of the system</source>
        <translation>시스템의 언어를 따릅니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="446"/>
        <location filename="../../gui/main_window.py" line="676"/>
        <source>Move the mouse over the field</source>
        <translation>벡터장 위로 마우스를 움직여 보세요</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="498"/>
        <source>Could not draw the field: %1</source>
        <extracomment>Actions that act on the Explorer&apos;s canvas and runs: off while a lab is shown, so their keys (Space, Esc, Ctrl+→ …) neither act on hidden runs nor clash with a lab&apos;s own shortcuts.</extracomment>
        <translation>벡터장을 그릴 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="517"/>
        <location filename="../../gui/main_window.py" line="526"/>
        <location filename="../../gui/main_window.py" line="556"/>
        <location filename="../../gui/main_window.py" line="570"/>
        <location filename="../../gui/main_window.py" line="892"/>
        <source>Not started: %1</source>
        <translation>시작하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="529"/>
        <source>Run %1 started at %2 (%3)</source>
        <translation>%2에서 실행 %1 시작 (%3)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="536"/>
        <source>Resumed all runs</source>
        <translation>모든 실행을 재개했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="539"/>
        <source>Paused all runs</source>
        <translation>모든 실행을 일시 정지했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="545"/>
        <source>Cancelled all runs</source>
        <translation>모든 실행을 취소했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="549"/>
        <source>Paths cleared</source>
        <translation>경로를 지웠습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="572"/>
        <source>Swarm of %n starts released (runs %1–%2)</source>
        <translation>
            <numerusform>시작점 %n개의 무리를 풀었습니다 (실행 %1–%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="593"/>
        <source>Run %1 — %2</source>
        <translation>실행 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="601"/>
        <source>, </source>
        <comment>between the verdict counts of a swarm</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="602"/>
        <source>%1: %2</source>
        <comment>a verdict and how many runs ended with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="606"/>
        <source>Swarm of %n runs (%1–%2) ended — %3.</source>
        <translation>
            <numerusform>실행 %n개의 무리(%1–%2)가 끝났습니다 — %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="618"/>
        <source>Run %1 failed: %2</source>
        <translation>실행 %1 실패: %2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="619"/>
        <source>Run failed</source>
        <translation>실행 실패</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="620"/>
        <source>Run %1 stopped because computing it failed:

%2

The window keeps working; check the function or the settings.</source>
        <translation>실행 %1의 계산이 실패해 멈췄습니다:

%2

창은 계속 쓸 수 있습니다. 함수나 설정을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="678"/>
        <source>%1: click the field to start a descent</source>
        <translation>%1: 벡터장을 클릭하면 하강을 시작합니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="709"/>
        <source>f undefined here (%1)</source>
        <translation>이 점에서 f가 정의되지 않음 (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="796"/>
        <source>no licence declared yet</source>
        <translation>아직 라이선스가 정해지지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="799"/>
        <source>unknown</source>
        <comment>the app&apos;s version</comment>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="800"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="801"/>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="844"/>
        <source>Copy failed</source>
        <translation>복사 실패</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="846"/>
        <source>Figure copied to the clipboard</source>
        <translation>그림을 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="914"/>
        <source>Not started: %1 runs of up to %2 steps could need %3 GiB, with %4 GiB held by the runs shown (the limit is %5 GiB); clear paths, or use fewer runs or steps</source>
        <translation>시작하지 않음: 최대 %2단계의 실행 %1개에 %3 GiB가 필요할 수 있고, 보이는 실행이 이미 %4 GiB를 쓰고 있습니다 (한도는 %5 GiB). 경로를 지우거나 실행 수나 단계 수를 줄이세요</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="930"/>
        <source>Could not open the session</source>
        <translation>세션을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="934"/>
        <source>Session opened without its runs</source>
        <translation>실행 없이 세션을 열었습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="937"/>
        <source>Opened session %1</source>
        <translation>세션을 열었습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="947"/>
        <source>Could not save the session</source>
        <translation>세션을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="950"/>
        <source>Saved session %1</source>
        <translation>세션을 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="957"/>
        <source>PNG image, 2× resolution (*.png)</source>
        <translation>PNG 이미지, 2배 해상도 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="958"/>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 벡터 이미지 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="959"/>
        <source>Whole window, PNG (*.png)</source>
        <translation>창 전체, PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="960"/>
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="973"/>
        <source>Export 3-D view</source>
        <translation>3차원 보기 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="985"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="986"/>
        <source>Could not write %1:

%2</source>
        <translation>%1에 쓸 수 없습니다:

%2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="989"/>
        <source>Wrote %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="994"/>
        <source>Nothing to export</source>
        <translation>내보낼 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="994"/>
        <source>Start a run first: click the field.</source>
        <translation>먼저 실행을 시작하세요: 벡터장을 클릭합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="996"/>
        <source>Export trajectories</source>
        <translation>궤적 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="997"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1002"/>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1003"/>
        <location filename="../../gui/main_window.py" line="1010"/>
        <source>Gradient Explorer session (*.json)</source>
        <translation>Gradient Explorer 세션 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1004"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1009"/>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1038"/>
        <source>Some saved settings were unusable and were reset: %1</source>
        <translation>저장된 설정 중 일부를 쓸 수 없어 초기화했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1039"/>
        <source>; </source>
        <comment>between the reasons of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="956"/>
        <location filename="../../gui/main_window.py" line="974"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
</context>
<context>
    <name>MnistSource</name>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="112"/>
        <source>Open folder…</source>
        <extracomment>The download order: the test pair first (enough to train on the split), then the training pair.</extracomment>
        <translation>폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="113"/>
        <source>The folder with the book&apos;s MNIST files (its dataset/ folder: t10k-images-idx3-ubyte.gz and the others)</source>
        <translation>책의 MNIST 파일이 있는 폴더 (책 저장소의 dataset/ 폴더: t10k-images-idx3-ubyte.gz 등)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="115"/>
        <source>Download</source>
        <translation>내려받기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="116"/>
        <source>Download the four MNIST files (about 11 MB) into %1</source>
        <translation>MNIST 파일 4개(약 11MB)를 %1에 내려받습니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="118"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="140"/>
        <source>The folder with the MNIST files</source>
        <translation>MNIST 파일이 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="147"/>
        <source>No MNIST files yet: open the folder that holds them (the book&apos;s dataset/), or download them.</source>
        <translation>아직 MNIST 파일이 없습니다: 파일이 있는 폴더(책의 dataset/)를 열거나 내려받으십시오.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="150"/>
        <source>MNIST folder: %1</source>
        <translation>MNIST 폴더: %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="169"/>
        <source>starting …</source>
        <translation>시작하는 중 …</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="191"/>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2MB</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="190"/>
        <source>file %1 of %2: %3</source>
        <translation>파일 %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="198"/>
        <source>downloaded</source>
        <translation>내려받기 완료</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_mnist.py" line="212"/>
        <source>Download cancelled; the next download continues where this one stopped.</source>
        <translation>내려받기를 취소했습니다. 다음 내려받기는 멈춘 곳부터 이어집니다.</translation>
    </message>
</context>
<context>
    <name>NetworkLab</name>
    <message>
        <location filename="../../gui/labs/network_lab.py" line="92"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_lab.py" line="93"/>
        <source>simpleNet: dW (4.4.2)</source>
        <translation>simpleNet의 기울기 dW (4.4.2)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_lab.py" line="94"/>
        <source>Mini-batches on the canvas</source>
        <translation>벡터장 위의 미니배치</translation>
    </message>
</context>
<context>
    <name>NetworkPlots</name>
    <message>
        <location filename="../../gui/labs/network_plots.py" line="24"/>
        <source>mini-batch loss</source>
        <translation>미니배치 손실</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_plots.py" line="25"/>
        <source>average of %n iterations</source>
        <translation>%n번 반복의 평균</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_plots.py" line="26"/>
        <source>train acc</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_plots.py" line="27"/>
        <source>test acc</source>
        <translation>시험 정확도</translation>
    </message>
</context>
<context>
    <name>ObjectiveChooserMixin</name>
    <message>
        <location filename="../../gui/labs/objective_row.py" line="75"/>
        <source>e.g. %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/objective_row.py" line="77"/>
        <source>Use</source>
        <translation>적용</translation>
    </message>
</context>
<context>
    <name>OptimizersLab</name>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="64"/>
        <source>learning rate η of %1</source>
        <extracomment>The order of the optimizer rows (and of their colours, which stay put while ticking). One dash pattern per optimizer (in line widths), so that paths lying on one another stay apart on the overlaid field (AdaGrad&apos;s runs under RMSProp&apos;s from (−7, 2)) and in the loss plot. an optimizer row: its check box this wide (so the η boxes line up), its hyper-parameters indented under it by this much</extracomment>
        <translation>%1의 학습률 η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="67"/>
        <source>%1 has no hyper-parameters besides η</source>
        <translation>%1에는 η 말고 하이퍼파라미터가 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="84"/>
        <source>η of %1</source>
        <translation>%1의 η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="112"/>
        <source>optimizer: η, hyper-parameters</source>
        <translation>옵티마이저: η, 하이퍼파라미터</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="126"/>
        <source>small multiples (one field each)</source>
        <translation>나란히 보기 (옵티마이저마다 벡터장 하나)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="205"/>
        <source>numerical ∇f</source>
        <translation>수치 ∇f</translation>
    </message>
    <message>
        <location filename="../../gui/labs/optimizers_lab.py" line="205"/>
        <source>analytic ∇f</source>
        <translation>해석적 ∇f</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labs/optimizers_lab.py" line="206"/>
        <source>f against the step (%1, %n steps; log scale)</source>
        <translation>
            <numerusform>단계에 따른 f (%1, %n단계, 로그 스케일)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartialsLab</name>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="49"/>
        <source>x0 of the point</source>
        <translation>점의 x0</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="50"/>
        <source>x1 of the point</source>
        <translation>점의 x1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="54"/>
        <source>the step of numerical_diff (the book: 1e-4)</source>
        <translation>numerical_diff의 차분 간격 (책: 1e-4)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="60"/>
        <source>scheme</source>
        <translation>차분 방식</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="62"/>
        <source>Click the field to move the point; drag the dotted lines in the slices.</source>
        <translation>벡터장을 클릭하면 점이 옮겨집니다. 단면 그래프의 점선을 끌어도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="91"/>
        <location filename="../../gui/labs/partials_lab.py" line="118"/>
        <source>slice</source>
        <translation>단면</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="92"/>
        <location filename="../../gui/labs/partials_lab.py" line="119"/>
        <source>tangent</source>
        <translation>접선</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="153"/>
        <source>h must be between 0 and 1</source>
        <translation>h는 0과 1 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="199"/>
        <source>f along %1 with %2 = %3</source>
        <translation>%2 = %3일 때 %1 방향의 f</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="218"/>
        <source>at %1, %2 difference, h = %3</source>
        <translation>점 %1, %2 차분, h = %3</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="223"/>
        <source>%1 numerical</source>
        <translation>%1 수치 미분</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="224"/>
        <source>%1 exact</source>
        <translation>%1 정확한 값</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="226"/>
        <source>— (formula: no analytic ∇f)</source>
        <translation>— (수식: 해석적 ∇f 없음)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="228"/>
        <source>|error|</source>
        <translation>|오차|</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="232"/>
        <source>identical ✓</source>
        <translation>일치 ✓</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="232"/>
        <source>differs</source>
        <translation>다름</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="233"/>
        <source>the book prints</source>
        <translation>책의 출력</translation>
    </message>
    <message>
        <location filename="../../gui/labs/partials_lab.py" line="236"/>
        <source>Each partial derivative is the slope of a one-variable slice: fix the other variable, differentiate the rest (the book&apos;s function_tmp1 and function_tmp2).</source>
        <translation>편미분은 변수 하나짜리 단면의 기울기입니다: 다른 변수를 고정하고 남은 변수로 미분합니다 (책의 function_tmp1과 function_tmp2).</translation>
    </message>
</context>
<context>
    <name>PathsLab</name>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="73"/>
        <source>start</source>
        <extracomment>The largest step count the labs offer (every lane runs on the worker: seconds, not frozen). A diverging lane is cut where it leaves the view grown this much: the rest is a line to 1e13.</extracomment>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="75"/>
        <source>Steps of every lane (Enter to run)</source>
        <translation>각 경로의 단계 수 (Enter로 실행)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="76"/>
        <source>steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="95"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="109"/>
        <source>numerical gradient</source>
        <translation>수치 기울기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="136"/>
        <source>start x0</source>
        <translation>시작점 x0</translation>
    </message>
    <message>
        <location filename="../../gui/labs/paths_lab.py" line="136"/>
        <source>start x1</source>
        <translation>시작점 x1</translation>
    </message>
</context>
<context>
    <name>RunTable</name>
    <message>
        <location filename="../../gui/run_table.py" line="37"/>
        <source>Start</source>
        <extracomment>The headers: source texts of the &quot;RunTable&quot; context (&quot;#&quot;, &quot;f&quot; and &quot;|∇f|&quot; are notation).</extracomment>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="37"/>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="38"/>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="38"/>
        <source>Final x</source>
        <translation>최종 x</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="40"/>
        <source>Run number, beside the colour of its path</source>
        <translation>실행 번호와 그 경로의 색</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="41"/>
        <source>Where you clicked: the start point x⁽⁰⁾</source>
        <translation>클릭한 곳: 시작점 x⁽⁰⁾</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="42"/>
        <source>Steps taken so far</source>
        <translation>지금까지 진행한 단계 수</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="43"/>
        <source>The last point shown</source>
        <translation>마지막으로 표시된 점</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="44"/>
        <source>f at the last point shown</source>
        <translation>마지막으로 표시된 점의 f</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="45"/>
        <source>Length of the gradient at the last point shown</source>
        <translation>마지막으로 표시된 점에서 기울기의 크기</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="46"/>
        <source>What really happened: minimum, saddle point, diverged, plateau … (or that it is still running); hover a cell for the sentence that explains it</source>
        <translation>실제로 일어난 일: 최솟값 도달, 안장점, 발산, 고원 … (또는 아직 실행 중). 셀에 마우스를 올리면 설명하는 문장이 나옵니다</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="51"/>
        <source>running</source>
        <extracomment>Words of a run that has no verdict yet (the verdicts&apos; own words come from numerics.diagnosis).</extracomment>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="52"/>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="53"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="54"/>
        <source>ended …</source>
        <translation>판정 중 …</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="293"/>
        <source>Select runs to highlight them; right-click to pause, step, cancel or remove them</source>
        <extracomment>Every word the Outcome column can show, in English (the column is sized for the longest). Verdicts that say the settings or the function let the run run away: shown in red. What the fixed columns are sized for: three significant digits keep every f and |∇f| inside. Start and Final x share the rest, and grow (never shrink: no jumping while runs animate) to the widest point shown, so no cell is ever elided: when they outgrow the pane the table scrolls sideways. Tooltips give six digits. columns as wide as the widest text shown so far: the two points, f and |∇f| (sized for three digits: &quot;0.000541&quot; is wider) and Outcome (sized for the common words; a rare long one, &quot;unbounded below&quot;, widens it when it appears) The table is narrow: three digits there, the step box and the tooltips give four.</extracomment>
        <translation>실행을 선택하면 강조됩니다. 오른쪽 클릭으로 일시 정지, 한 단계 진행, 취소, 제거할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="392"/>
        <source>Pause runs %1</source>
        <translation>실행 %1 일시 정지</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="392"/>
        <source>Pause run %1</source>
        <translation>실행 %1 일시 정지</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="394"/>
        <source>Resume runs %1</source>
        <translation>실행 %1 재개</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="394"/>
        <source>Resume run %1</source>
        <translation>실행 %1 재개</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="396"/>
        <source>Step runs %1</source>
        <translation>실행 %1 한 단계 진행</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="396"/>
        <source>Step run %1</source>
        <translation>실행 %1 한 단계 진행</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="398"/>
        <source>Cancel runs %1</source>
        <translation>실행 %1 취소</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="398"/>
        <source>Cancel run %1</source>
        <translation>실행 %1 취소</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="400"/>
        <source>Remove runs %1</source>
        <translation>실행 %1 제거</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="400"/>
        <source>Remove run %1</source>
        <translation>실행 %1 제거</translation>
    </message>
    <message>
        <location filename="../../gui/run_table.py" line="403"/>
        <source>, </source>
        <comment>between run numbers</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SimpleNetPage</name>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="84"/>
        <source>The book&apos;s W</source>
        <translation>책의 W</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="85"/>
        <source>Random W</source>
        <translation>무작위 W</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="86"/>
        <source>Draw W from N(0, 1) with this seed (as the book&apos;s np.random.randn(2, 3) after np.random.seed)</source>
        <translation>이 시드로 N(0, 1)에서 W를 뽑습니다 (책에서 np.random.seed 뒤에 부르는 np.random.randn(2, 3)처럼)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="88"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="90"/>
        <source>f = lambda w: net.loss(x, t) ignores its argument: numerical_gradient nudges net.W itself, one entry at a time, by ±h, and puts it back. Each entry of dW says how fast the loss changes when that one weight changes.</source>
        <translation>f = lambda w: net.loss(x, t)는 인수를 쓰지 않습니다: numerical_gradient가 net.W 자체를 원소 하나씩 ±h만큼 바꿨다가 되돌려 놓습니다. dW의 각 원소는 그 가중치 하나가 바뀔 때 손실이 얼마나 빨리 변하는지를 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="93"/>
        <source>W (weights: 2 inputs × 3 classes)</source>
        <translation>W (가중치: 입력 2개 × 클래스 3개)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="94"/>
        <source>dW = numerical_gradient(f, net.W)</source>
        <translation>dW = numerical_gradient(f, net.W)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="96"/>
        <source>class %1</source>
        <translation>클래스 %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="97"/>
        <source>input %1</source>
        <translation>입력 %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="127"/>
        <source>raising %1 by h raises the loss by about %2·h</source>
        <translation>%1에 h를 더하면 손실이 약 %2·h만큼 커집니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="129"/>
        <source>raising %1 by h lowers the loss by about %2·h</source>
        <translation>%1에 h를 더하면 손실이 약 %2·h만큼 줄어듭니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="131"/>
        <source>raising %1 by h leaves the loss as it is</source>
        <translation>%1에 h를 더해도 손실은 그대로입니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="140"/>
        <source>the book&apos;s W</source>
        <translation>책의 W</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="140"/>
        <source>a random W (seed %1)</source>
        <translation>무작위 W (시드 %1)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="142"/>
        <source>simpleNet (section 4.4.2)</source>
        <translation>simpleNet (4.4.2절)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="145"/>
        <source>x = %1, t = %2 (the right answer is class 3)</source>
        <translation>x = %1, t = %2 (정답은 클래스 3)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="146"/>
        <source>scores x·W = %1, softmax = %2, argmax = class %3</source>
        <translation>점수 x·W = %1, 소프트맥스 = %2, argmax = 클래스 %3</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="148"/>
        <source>loss = %1</source>
        <translation>손실 = %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="158"/>
        <source>Each entry is x_i·(softmax_j − t_j): the second row is %1 × the first (x₂/x₁), and each row sums to 0 (the probabilities and t both sum to 1).</source>
        <translation>각 원소는 x_i·(softmax_j − t_j)입니다: 둘째 행은 첫째 행의 %1배(x₂/x₁)이고, 각 행의 합은 0입니다 (확률과 t의 합이 모두 1이므로).</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_simple_net.py" line="165"/>
        <source>The book prints dW = %1: the same to %2 (it printed W rounded to 8 digits).</source>
        <translation>책에 실린 dW = %1: 차이는 %2 이내입니다 (책은 W를 8자리로 반올림해 실었습니다).</translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <location filename="../../gui/step_details.py" line="22"/>
        <source>Click a point of a path to see that step: x, ∇f, η∇f and the next x.</source>
        <translation>경로의 점을 클릭하면 그 단계의 x, ∇f, η∇f, 다음 x를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/step_details.py" line="45"/>
        <source>Step details</source>
        <translation>단계 정보</translation>
    </message>
    <message>
        <location filename="../../gui/step_details.py" line="46"/>
        <source>The numbers of the step you clicked, as the run recorded them</source>
        <translation>클릭한 단계의 수치 (실행이 기록한 그대로)</translation>
    </message>
    <message>
        <location filename="../../gui/step_details.py" line="64"/>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../gui/step_details.py" line="66"/>
        <source>step k</source>
        <translation>단계 k</translation>
    </message>
    <message>
        <location filename="../../gui/step_details.py" line="77"/>
        <source>step taken</source>
        <translation>실제 이동량</translation>
    </message>
    <message>
        <location filename="../../gui/step_details.py" line="80"/>
        <source>— (last point shown)</source>
        <translation>— (마지막으로 표시된 점)</translation>
    </message>
</context>
<context>
    <name>StepInspectorLab</name>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="44"/>
        <source>velocity</source>
        <extracomment>the room, in pixels, kept around the arrows&apos; tips for their labels The optimizers&apos; state, by its key in ``Optimizer.state()``, as the panel names it (source texts of the &quot;StepInspectorLab&quot; context; a key not listed is shown as it is).</extracomment>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="45"/>
        <source>squares</source>
        <translation>제곱합</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="46"/>
        <source>first_moment</source>
        <translation>1차 모멘트</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="47"/>
        <source>second_moment</source>
        <translation>2차 모멘트</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="48"/>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="74"/>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="76"/>
        <source>learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="79"/>
        <source>Hyper-parameters as name=value, e.g. momentum=0.9</source>
        <translation>하이퍼파라미터를 이름=값으로 씁니다. 예: momentum=0.9</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="80"/>
        <source>hyper</source>
        <translation>하이퍼파라미터</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="82"/>
        <source>numerical gradient</source>
        <translation>수치 기울기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="86"/>
        <source>point</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="90"/>
        <source>Next step  (N, →)</source>
        <translation>다음 단계  (N, →)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="91"/>
        <source>10 steps</source>
        <translation>10단계</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="92"/>
        <source>Restart here</source>
        <translation>여기서 다시 시작</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="97"/>
        <source>Click the field to put the point there. The optimizer forgets its state (velocity, squares, moments) whenever you move the point or change a setting.</source>
        <translation>벡터장을 클릭하면 그곳에 점을 놓습니다. 점을 옮기거나 설정을 바꾸면 옵티마이저는 상태(속도, 제곱합, 모멘트)를 잊습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="245"/>
        <source>point x0</source>
        <translation>점 x0</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="246"/>
        <source>point x1</source>
        <translation>점 x1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="265"/>
        <source>The next step cannot be taken: %1</source>
        <translation>다음 단계를 진행할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="286"/>
        <source>%1 (drawn ×%2)</source>
        <translation>%1 (×%2로 그림)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="288"/>
        <source>update</source>
        <translation>갱신량</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labs/step_inspector_lab.py" line="302"/>
        <source>%n steps taken</source>
        <translation>
            <numerusform>%n단계 진행함</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="305"/>
        <source>; the last went %1 → %2</source>
        <translation>; 마지막 단계: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="308"/>
        <source>state now: %1</source>
        <translation>현재 상태: %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/step_inspector_lab.py" line="311"/>
        <source>next step:</source>
        <translation>다음 단계:</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <location filename="../../gui/canvas3d/gl_probe.py" line="18"/>
        <source>The 3-D view needs OpenGL, and no OpenGL context could be created on the “%1” display platform. Everything else works as usual. To see the surface, run Gradient Explorer on a desktop with OpenGL (or under xvfb-run with QT_QPA_PLATFORM=xcb).</source>
        <extracomment>pyqtgraph.opengl refuses contexts older than this</extracomment>
        <translation>3차원 보기에는 OpenGL이 필요한데, “%1” 디스플레이 플랫폼에서 OpenGL 컨텍스트를 만들 수 없었습니다. 다른 기능은 모두 평소대로 동작합니다. 곡면을 보려면 OpenGL을 쓸 수 있는 데스크톱에서 Gradient Explorer를 실행하십시오 (또는 QT_QPA_PLATFORM=xcb로 xvfb-run 아래에서).</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/gl_probe.py" line="22"/>
        <source>The 3-D view needs OpenGL: a context was created but could not be used on the “%1” platform. Everything else works as usual.</source>
        <translation>3차원 보기에는 OpenGL이 필요합니다. 컨텍스트는 만들었지만 “%1” 플랫폼에서 쓸 수 없었습니다. 다른 기능은 모두 평소대로 동작합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/gl_probe.py" line="25"/>
        <source>The 3-D view needs OpenGL %1 or newer; this display offers %2. Everything else works as usual.</source>
        <translation>3차원 보기에는 OpenGL %1 이상이 필요하지만 이 디스플레이는 %2를 제공합니다. 다른 기능은 모두 평소대로 동작합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/gl_probe.py" line="28"/>
        <source>The 3-D view needs the PyOpenGL package, which could not be loaded (%1). Everything else works as usual.</source>
        <translation>3차원 보기에는 PyOpenGL 패키지가 필요한데, 불러올 수 없었습니다 (%1). 다른 기능은 모두 평소대로 동작합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="269"/>
        <source>Reset view</source>
        <extracomment>The camera Reset view returns to: the box seen from its front left, a little above. a narrower lens than pyqtgraph&apos;s 60°: less distortion of the near corner ball size in pixels: a single run&apos;s, and a swarm member&apos;s (hundreds of them) the most segments one source (a cohort) draws: longer or larger ones draw every k-th step opacity of a ball where the surface hides it critical points are pins: a stem this high above the surface, a dot on top, the label beside it (in the theme&apos;s critical colour, never a run colour: the runs&apos; balls are the coloured dots) the relevant state fields, and what each asks for points of each member shown when last drawn the last step drawn as a vertex (a multiple of ``stride``) PathLines, made with the GL view every stride-th step is a vertex</extracomment>
        <translation>보기 초기화</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="270"/>
        <source>Back to the starting camera: the whole surface, seen from the front left</source>
        <translation>처음 카메라 위치로 돌아갑니다: 곡면 전체를 왼쪽 앞에서 봅니다</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="326"/>
        <source>The 3-D view could not start OpenGL (%1). Everything else works as usual.</source>
        <translation>3차원 보기에서 OpenGL을 시작할 수 없었습니다 (%1). 다른 기능은 모두 평소대로 동작합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="466"/>
        <source>The surface could not be computed: %1</source>
        <translation>곡면을 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="550"/>
        <source>Height and colour: log₁₀(f − min f), as the heatmap</source>
        <translation>높이와 색: 히트맵과 같은 log₁₀(f − min f)</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="551"/>
        <source>Height and colour: f, as the heatmap</source>
        <translation>높이와 색: 히트맵과 같은 f</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="553"/>
        <source>f is cut at %1 (its %2th percentile): the top %3% of the box, where f explodes, is drawn flat.</source>
        <translation>f는 %1(%2백분위수)에서 잘립니다: f가 폭발적으로 커지는 영역의 상위 %3%는 평평하게 그립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="558"/>
        <source>Most of the surface is flat beside its highest values (f grows by orders of magnitude over the box): View ▸ Log heatmap may show it better.</source>
        <translation>곡면 대부분이 가장 높은 값들에 비해 평평합니다 (f가 영역 안에서 몇 자릿수나 커집니다). 보기 ▸ 로그 히트맵이 더 잘 보여 줄 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="561"/>
        <source>f is undefined on %1% of the box (grey, on the floor).</source>
        <translation>영역의 %1%에서 f가 정의되지 않습니다 (바닥에 회색으로 표시).</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="563"/>
        <source>Drag to turn, wheel to zoom.</source>
        <translation>드래그하면 회전하고, 휠로 확대/축소합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="738"/>
        <source>The 3-D view is not available.</source>
        <translation>3차원 보기를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="748"/>
        <source>The 3-D view could not be rendered.</source>
        <translation>3차원 보기를 렌더링할 수 없었습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="758"/>
        <source>Cannot export the 3-D view to %1: the file name must end in .png.</source>
        <translation>3차원 보기를 %1(으)로 내보낼 수 없습니다: 파일 이름은 .png로 끝나야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="765"/>
        <source>Could not encode the 3-D view as PNG.</source>
        <translation>3차원 보기를 PNG로 인코딩할 수 없었습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="768"/>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation>%1(으)로 내보낼 수 없습니다: 폴더 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/canvas3d/surface_view.py" line="773"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1에 쓸 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../gui/labs/network_training.py" line="225"/>
        <source>dataset</source>
        <extracomment>Show the &quot;the book&apos;s loop evaluates the loss N times per iteration&quot; warning from this many parameters. Longest gap between two updates from the worker (the command line asks for fewer).</extracomment>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="225"/>
        <source>points</source>
        <translation>점 개수</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="225"/>
        <source>noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="226"/>
        <source>hidden size</source>
        <translation>은닉층 크기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="226"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="226"/>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="227"/>
        <source>train for</source>
        <translation>학습 분량</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="227"/>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="227"/>
        <source>gradient</source>
        <translation>기울기 계산</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="228"/>
        <source>sampling</source>
        <translation>배치 추출</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="228"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="228"/>
        <source>weight init σ</source>
        <translation>초기 가중치 σ</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="235"/>
        <source>iterations</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="236"/>
        <location filename="../../gui/labs/network_training.py" line="268"/>
        <source>epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="237"/>
        <source>backprop</source>
        <translation>오차역전파법</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="238"/>
        <source>numerical (the book&apos;s loop)</source>
        <translation>수치 미분 (책의 반복문)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="239"/>
        <source>numerical, fast</source>
        <translation>수치 미분, 빠른 방식</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="241"/>
        <source>How each mini-batch&apos;s gradient is computed: the chain rule (backprop); the book&apos;s numerical_gradient, which nudges one weight at a time and runs the whole network twice for each; or the same central differences reusing the forward pass</source>
        <translation>미니배치마다 기울기를 구하는 방법: 연쇄법칙(오차역전파법), 가중치를 하나씩 살짝 바꾸며 가중치마다 신경망 전체를 두 번 실행하는 책의 numerical_gradient, 또는 순전파를 재사용하는 같은 중심 차분</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="244"/>
        <source>with replacement (the book)</source>
        <translation>복원 추출 (책의 방식)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="245"/>
        <source>shuffled epochs</source>
        <translation>에폭마다 섞기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="247"/>
        <source>With replacement: every batch is drawn afresh, as the book&apos;s np.random.choice; shuffled: each epoch walks a new permutation of the training set, every sample once</source>
        <translation>복원 추출: 책의 np.random.choice처럼 배치를 매번 새로 뽑습니다. 섞기: 에폭마다 훈련 데이터를 새로 섞은 순서대로 훑으며, 모든 샘플을 한 번씩 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="249"/>
        <source>How many points the 2-D dataset has (a fifth of them for testing)</source>
        <translation>2차원 데이터셋의 점 개수 (그중 5분의 1은 시험 데이터)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="250"/>
        <source>The spread of the Gaussian noise added to the points</source>
        <translation>점에 더하는 가우스 잡음의 표준편차</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="251"/>
        <source>The standard deviation of the initial weights (the book&apos;s weight_init_std, 0.01)</source>
        <translation>초기 가중치의 표준편차 (책의 weight_init_std, 0.01)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="253"/>
        <source>Seeds the initial weights and the order of the mini-batches: the same seed and settings train the same network</source>
        <translation>초기 가중치와 미니배치 순서를 정하는 시드: 시드와 설정이 같으면 같은 신경망이 학습됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="255"/>
        <source>learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="256"/>
        <source>Settings that train this dataset well</source>
        <translation>이 데이터셋에 알맞은 설정</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="257"/>
        <source>For MNIST the book&apos;s: 784-50-10, batch 100, η 0.1, 10,000 iterations</source>
        <translation>MNIST는 책의 설정: 784-50-10, 배치 100, η 0.1, 1만 번 반복</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="259"/>
        <source>Train</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="260"/>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="261"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="262"/>
        <source>Forget the run: untrained weights from the seed</source>
        <translation>학습 결과를 버리고 시드에서 만든 학습 전 가중치로 돌아갑니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="264"/>
        <source>Loss per iteration</source>
        <translation>반복마다의 손실 함수 값</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="265"/>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="266"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="267"/>
        <source>Accuracy per epoch</source>
        <translation>에폭마다의 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="269"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="270"/>
        <source>What the network predicts</source>
        <translation>신경망의 예측</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="271"/>
        <source>Test digits and the predicted labels</source>
        <translation>시험 데이터의 숫자와 예측한 레이블</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="690"/>
        <source>reading the MNIST files …</source>
        <translation>MNIST 파일을 읽는 중 …</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="436"/>
        <source>There is no data to train on yet: open the folder with the MNIST files, or download them.</source>
        <translation>아직 학습할 데이터가 없습니다: MNIST 파일이 있는 폴더를 열거나 내려받으십시오.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="460"/>
        <source>The book&apos;s numerical gradient of %1 parameters runs the network %2 times per iteration: expect seconds per iteration (the fast numerical gradient gives the same numbers).</source>
        <translation>매개변수 %1개의 기울기를 책의 수치 미분으로 구하면 반복마다 신경망을 %2번 실행합니다: 반복 한 번에 몇 초씩 걸립니다 (빠른 수치 미분도 같은 값을 냅니다).</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="608"/>
        <source>Training failed: %1</source>
        <translation>학습 실패: %1</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="635"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="635"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="653"/>
        <source>MNIST: no data yet</source>
        <translation>MNIST: 아직 데이터가 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="666"/>
        <source>%1 network, %2, η = %3, batch %4, %5 gradient, batches %6, seed %7</source>
        <translation>%1 신경망, %2, η = %3, 배치 %4, 기울기: %5, 배치 추출: %6, 시드 %7</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="670"/>
        <source>%1 training and %2 test samples</source>
        <translation>훈련 데이터 %1개, 시험 데이터 %2개</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="646"/>
        <source>Colour: the class the network predicts, paler where it is less sure. Discs: training points; squares: test points.</source>
        <translation>색: 신경망이 예측한 클래스 (확신이 낮을수록 옅게). 원: 훈련 데이터의 점, 사각형: 시험 데이터의 점.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="650"/>
        <source>The first test digits with the label the network predicts; wrong ones are framed in red (predicted ≠ true).</source>
        <translation>시험 데이터의 처음 숫자들과 신경망이 예측한 레이블. 틀린 것은 빨간 테두리를 둘렀습니다 (예측 ≠ 정답).</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="684"/>
        <source>Untrained: press Train.</source>
        <translation>학습 전: 학습 시작을 누르십시오.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="685"/>
        <source>Training …</source>
        <translation>학습 중 …</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="686"/>
        <source>Paused.</source>
        <translation>일시 정지됨.</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="692"/>
        <source>training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="692"/>
        <source>paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="692"/>
        <source>stopped</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="693"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="694"/>
        <source>iteration %1 of %2</source>
        <translation>반복 %1/%2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="695"/>
        <source>epoch %1 (%2 passes over the training data)</source>
        <translation>에폭 %1 (훈련 데이터를 %2번 훑음)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="697"/>
        <source>%1 ms per iteration</source>
        <translation>반복당 %1ms</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="700"/>
        <source>train accuracy %1, test accuracy %2</source>
        <translation>훈련 정확도 %1, 시험 정확도 %2</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_training.py" line="703"/>
        <source>loss %1</source>
        <translation>손실 %1</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../gui/cli_language.py" line="53"/>
        <source>usage: </source>
        <extracomment>The languages of ``--lang`` (gui.i18n.LANGUAGES, repeated: this module must not import Qt). The translation context of the command line&apos;s own texts. The environment variables that name the messages&apos; language, in POSIX order of precedence. argparse&apos;s own words (Python 3.11–3.13; a text another version words differently stays English).</extracomment>
        <translation>사용법: </translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="54"/>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="55"/>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="56"/>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="57"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인수 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="58"/>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인수: %s</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="59"/>
        <source>not allowed with argument %s</source>
        <translation>인수 %s와(과) 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="60"/>
        <source>ignored explicit argument %r</source>
        <translation>명시한 인수 %r을(를) 무시했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="61"/>
        <source>the following arguments are required: %s</source>
        <translation>다음 인수가 필요합니다: %s</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="62"/>
        <source>one of the arguments %s is required</source>
        <translation>다음 인수 중 하나가 필요합니다: %s</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="63"/>
        <source>expected one argument</source>
        <translation>값이 하나 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="64"/>
        <source>expected at most one argument</source>
        <translation>값은 하나까지만 줄 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="65"/>
        <source>expected at least one argument</source>
        <translation>값이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="66"/>
        <source>expected %s argument</source>
        <translation>값이 %s개 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="67"/>
        <source>expected %s arguments</source>
        <translation>값이 %s개 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="68"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션: %(option)s은(는) %(matches)s 중 어느 것인지 알 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="69"/>
        <source>unexpected option string: %s</source>
        <translation>예상하지 못한 옵션: %s</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="70"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>잘못된 %(type)s 값: %(value)r</translation>
    </message>
    <message>
        <location filename="../../gui/cli_language.py" line="71"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>잘못된 선택: %(value)r (다음 중에서 고르십시오: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../gui/cli.py" line="49"/>
        <source>open the window (last used settings)</source>
        <extracomment>The languages of --lang (gui.i18n.LANGUAGES, repeated here: --help must not import Qt). The epilog of --help: (command, what it does) — the command lines are not translated; the second line of a command starts with spaces (printed under the first).</extracomment>
        <translation>창을 엽니다 (마지막으로 쓴 설정)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="51"/>
        <source>open the window on this view, runs started</source>
        <translation>이 보기로 창을 열고 실행을 시작합니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="52"/>
        <source>the default view as a 1000x800 PNG</source>
        <translation>기본 보기를 1000x800 PNG로</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="58"/>
        <source>the book&apos;s learning-rate race</source>
        <translation>책의 학습률 경주</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="60"/>
        <source>the book&apos;s gradient_2d figure, square, limits [-2, 2]</source>
        <translation>책의 gradient_2d 그림, 정사각형, 범위 [-2, 2]</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="62"/>
        <source>the book&apos;s gradient_method figure (20 big dots)</source>
        <translation>책의 gradient_method 그림 (큰 점 20개)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="64"/>
        <source>one panel per optimizer, as the book&apos;s ch. 6 figure</source>
        <translation>옵티마이저마다 패널 하나, 책 6장의 그림처럼</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="66"/>
        <source>exactly this box: the image takes its aspect</source>
        <translation>정확히 이 범위: 이미지가 그 가로세로 비율을 따릅니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="68"/>
        <source>the book&apos;s MNIST training (ch. 4.5)</source>
        <translation>책의 MNIST 학습 (4.5절)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="70"/>
        <source>the 3-D surface with the run on it (needs OpenGL)</source>
        <translation>실행 경로를 얹은 3차원 곡면 (OpenGL 필요)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="71"/>
        <source>add it to the desktop&apos;s menu (current user)</source>
        <translation>데스크톱 메뉴에 추가합니다 (현재 사용자)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="72"/>
        <source>known functions, optimizers, schemes</source>
        <translation>함수, 옵티마이저, 차분 방식 목록</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="82"/>
        <source>examples:</source>
        <extracomment>The column the examples&apos; descriptions start at (a command line longer than this puts its description on the next line).</extracomment>
        <translation>예:</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="94"/>
        <source>Negative numbers may follow an option directly (--start -3,4) or with &quot;=&quot; (--start=-3,4).</source>
        <translation>음수는 옵션 바로 뒤에 (--start -3,4) 또는 &quot;=&quot;로 이어서 (--start=-3,4) 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="95"/>
        <source>Exit status: 0 success, 1 the output could not be written, 2 bad input (one line on stderr).</source>
        <translation>종료 상태: 0 성공, 1 출력을 쓸 수 없음, 2 잘못된 입력 (stderr에 한 줄).</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="123"/>
        <source>expected {shape}, got {text}</source>
        <translation>{shape} 형식이어야 합니다(입력값: {text})</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="134"/>
        <source>expected WxH such as 1000x800, got {text}</source>
        <translation>1000x800 같은 WxH 형식이어야 합니다(입력값: {text})</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="139"/>
        <source>expected whole pixel counts WxH, got {text}</source>
        <translation>WxH는 정수 픽셀 수여야 합니다(입력값: {text})</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="142"/>
        <source>each side must be 16 … {most} pixels, got {text}</source>
        <translation>각 변은 16 … {most}픽셀이어야 합니다(입력값: {text})</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="150"/>
        <source>expected NAME=VALUE such as beta1=0.9, got {text}</source>
        <translation>beta1=0.9 같은 NAME=VALUE 형식이어야 합니다(입력값: {text})</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="162"/>
        <source>Explore numerical gradients and gradient descent (Deep Learning from Scratch 1, ch. 4).

Without --export/--export-csv the window opens: with the last used settings, or on the
view the options describe, its runs started (the same view --export would write: options
left out take their defaults, not the last used settings). With --export/--export-csv the
view is computed and written headlessly and no window is shown; --size and --scale only
apply to --export.</source>
        <translation>수치 기울기와 경사 하강법을 탐색합니다 (밑바닥부터 시작하는 딥러닝 1, 4장).

--export/--export-csv가 없으면 창이 열립니다: 마지막으로 쓴 설정으로, 또는 옵션이 가리키는 보기로 열고 그 실행을 시작합니다 (--export가 쓸 것과 같은 보기: 생략한 옵션은 마지막으로 쓴 설정이 아니라 기본값을 따릅니다). --export/--export-csv가 있으면 창 없이 보기를 계산해 파일로 씁니다. --size와 --scale은 --export에만 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="174"/>
        <source>headless output</source>
        <translation>창 없이 출력</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="176"/>
        <source>render the view to FILE without a window; the format follows the extension (.png or .svg)</source>
        <translation>창 없이 보기를 FILE로 그립니다. 형식은 확장자(.png 또는 .svg)를 따릅니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="178"/>
        <source>what --export draws: the 2d field (default) or the 3d surface with the runs on it (PNG; needs OpenGL: a desktop session, or xvfb-run); without --export, opens the window with the 3-D view shown</source>
        <translation>--export가 그리는 것: 2d 벡터장(기본값) 또는 실행 경로를 얹은 3d 곡면(PNG; OpenGL 필요: 데스크톱 세션 또는 xvfb-run). --export가 없으면 3차원 보기를 띄운 창을 엽니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="182"/>
        <source>write every run&apos;s trajectory to FILE, one row per step: run,step,x0,x1,f,grad0,grad1</source>
        <translation>모든 실행의 궤적을 FILE에 씁니다. 단계마다 한 행: run,step,x0,x1,f,grad0,grad1</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="184"/>
        <source>canvas size in logical pixels (default {width}x{height})</source>
        <translation>캔버스 크기, 논리 픽셀 단위 (기본값 {width}x{height})</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="187"/>
        <source>device pixel ratio of the PNG: 2 gives a WxH view at twice the pixels (default 1)</source>
        <translation>PNG의 장치 픽셀 비율: 2이면 WxH 보기를 두 배 픽셀로 그립니다 (기본값 1)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="188"/>
        <source>looks (window and export)</source>
        <translation>모양 (창과 내보내기)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="189"/>
        <source>colour theme (default light)</source>
        <translation>색 테마 (기본값 light)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="191"/>
        <source>language of the window and of exported figures: en, ko (한국어) or ja (日本語) (default: the window&apos;s View ▸ Language choice; exports: the system&apos;s language)</source>
        <translation>창과 내보낸 그림의 언어: en (English), ko (한국어), ja (日本語) (기본값: 창은 보기 ▸ 언어에서 고른 것, 내보내기는 시스템 언어)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="194"/>
        <source>arrow length: scaled by |∇f| or all the same length (default scaled)</source>
        <translation>화살표 길이: |∇f|에 비례(scaled) 또는 모두 같은 길이(unit) (기본값 scaled)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="197"/>
        <source>hide a layer: field, heatmap, contours, critical or paths (repeatable)</source>
        <translation>레이어 숨기기: field, heatmap, contours, critical, paths (여러 번 쓸 수 있음)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="199"/>
        <source>function (one of)</source>
        <translation>함수 (둘 중 하나)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="201"/>
        <source>a catalogue function by name (see --list; default sphere)</source>
        <translation>목록에 있는 함수의 이름 (--list 참고; 기본값 sphere)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="203"/>
        <source>your own f(x0, x1), e.g. &quot;x0**2 + 3*x1**2&quot; or &quot;sin(x0)*cos(x1)&quot;</source>
        <translation>직접 쓴 f(x0, x1). 예: &quot;x0**2 + 3*x1**2&quot; 또는 &quot;sin(x0)*cos(x1)&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="205"/>
        <source>the view box (default: the function&apos;s own box; -3,3,-3,3 for a formula)</source>
        <translation>보기 범위 (기본값: 함수 자체의 범위, 수식이면 -3,3,-3,3)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="207"/>
        <source>gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="209"/>
        <source>add a run starting at (X0, X1) (repeatable); an export computes it to the end first</source>
        <translation>(X0, X1)에서 시작하는 실행을 추가합니다 (여러 번 쓸 수 있음). 내보내기는 먼저 끝까지 계산합니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="211"/>
        <source>SGD, Momentum, Nesterov, AdaGrad, RMSProp or Adam (default SGD)</source>
        <translation>SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam 중 하나 (기본값 SGD)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="212"/>
        <source>learning rate η, 1e-6 … 100 (default 0.1)</source>
        <translation>학습률 η, 1e-6 … 100 (기본값 0.1)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="213"/>
        <source>step limit per run, 1 … 1000000 (default 100)</source>
        <translation>실행마다의 단계 한도, 1 … 1000000 (기본값 100)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="215"/>
        <source>an optimizer hyper-parameter, e.g. momentum=0.9 or beta1=0.8 (repeatable; see --list)</source>
        <translation>옵티마이저의 하이퍼파라미터. 예: momentum=0.9, beta1=0.8 (여러 번 쓸 수 있음; --list 참고)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="217"/>
        <source>a run stops when |∇f| &lt; TOL (its verdict says where: minimum, saddle …), 0 … 1 (default 1e-8)</source>
        <translation>|∇f| &lt; TOL이면 실행이 멈춥니다 (어디서 멈췄는지는 판정이 말해 줍니다: 최솟값, 안장점 …), 0 … 1 (기본값 1e-8)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="219"/>
        <source>descend along the numerical gradient even where an analytic one exists</source>
        <translation>해석적 기울기가 있어도 수치 기울기를 따라 내려갑니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="220"/>
        <source>difference step of the numerical gradient (default 1e-4)</source>
        <translation>수치 기울기의 차분 간격 (기본값 1e-4)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="222"/>
        <source>difference scheme: forward, backward, central, richardson or complex (default central)</source>
        <translation>차분 방식: forward, backward, central, richardson, complex (기본값 central)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="226"/>
        <source>the book&apos;s figures</source>
        <translation>책의 그림</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="228"/>
        <source>export the book&apos;s gradient_2d figure: grey quiver arrows of −∇f on [−2, 2]² (sphere unless --function/--formula), square, 640x640 unless --size (needs --export)</source>
        <translation>책의 gradient_2d 그림을 내보냅니다: [−2, 2]² 위의 −∇f 회색 화살표 (--function/--formula가 없으면 sphere), 정사각형, --size가 없으면 640x640 (--export 필요)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="231"/>
        <source>one of the book&apos;s figures as options (any option given too overrides it): {presets}</source>
        <translation>책의 그림 하나를 옵션으로 (함께 준 옵션이 우선합니다): {presets}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="235"/>
        <source>--lab optimizers only: every path on one field (overlay, the default) or one panel per optimizer (grid, the book&apos;s ch. 6 figure)</source>
        <translation>--lab optimizers 전용: 모든 경로를 한 벡터장에 (overlay, 기본값) 또는 옵티마이저마다 패널 하나 (grid, 책 6장의 그림)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="238"/>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="239"/>
        <source>start from a saved session file; other options override it</source>
        <translation>저장한 세션 파일에서 시작합니다. 다른 옵션이 우선합니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="241"/>
        <source>export a learning lab instead of the explorer, its preset run to the end (needs --export): derivative, partials, lr-race, optimizers, basins, step-inspector, network (see the network lab&apos;s options below)</source>
        <translation>탐색기 대신 학습 실험을 내보냅니다. 그 기본 설정을 끝까지 실행합니다 (--export 필요): derivative, partials, lr-race, optimizers, basins, step-inspector, network (network 실험의 옵션은 아래 참고)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="245"/>
        <source>print the known functions, optimizers (with hyper-parameters) and schemes, then exit</source>
        <translation>함수, 옵티마이저(하이퍼파라미터 포함), 차분 방식 목록을 출력하고 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="246"/>
        <source>print the version, then exit</source>
        <translation>버전을 출력하고 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="248"/>
        <source>add Gradient Explorer to the desktop&apos;s menu for the current user (a .desktop entry, icons and AppStream metainfo under $XDG_DATA_HOME, default ~/.local/share), then exit</source>
        <translation>현재 사용자의 데스크톱 메뉴에 Gradient Explorer를 추가하고 끝냅니다 ($XDG_DATA_HOME, 기본값 ~/.local/share 아래에 .desktop 항목, 아이콘, AppStream 메타정보)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="251"/>
        <source>remove what --install-desktop-entry added, then exit</source>
        <translation>--install-desktop-entry가 추가한 것을 지우고 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="255"/>
        <source>network lab (--lab network: train a two-layer net; needs --export and/or --export-csv)</source>
        <translation>신경망 실험 (--lab network: 2층 신경망을 학습합니다. --export 또는 --export-csv 필요)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="258"/>
        <source>spiral, moons, circles, xor, blobs or mnist (default spiral; mnist with --mnist)</source>
        <translation>spiral, moons, circles, xor, blobs, mnist 중 하나 (기본값 spiral; mnist는 --mnist와 함께)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="260"/>
        <source>the folder with the book&apos;s MNIST files (t10k-*.gz, train-*.gz); with only the 10,000 test images they are split 8,000 / 2,000</source>
        <translation>책의 MNIST 파일(t10k-*.gz, train-*.gz)이 있는 폴더. 시험 이미지 10,000장만 있으면 8,000 / 2,000으로 나눕니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="262"/>
        <source>training iterations (default 3000; mnist 10000)</source>
        <translation>학습 반복 횟수 (기본값 3000; mnist 10000)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="263"/>
        <source>mini-batch size (default 30; mnist 100)</source>
        <translation>미니배치 크기 (기본값 30; mnist 100)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="264"/>
        <source>hidden units (default 30; mnist 50)</source>
        <translation>은닉층 뉴런 수 (기본값 30; mnist 50)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="266"/>
        <source>backprop, numerical (the book&apos;s loop: slow) or numerical_fast (default backprop)</source>
        <translation>backprop, numerical (책의 반복문: 느림), numerical_fast 중 하나 (기본값 backprop)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="267"/>
        <source>seeds the initial weights and the batches (default 0)</source>
        <translation>초기 가중치와 배치의 시드 (기본값 0)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="340"/>
        <source>--lab network needs --export FILE and/or --export-csv FILE</source>
        <extracomment>Options of --lab network only, and everything that lab accepts. Options that only shape the exported image: refused without --export. Options that describe the view: they open the window on it, or shape what --export writes.</extracomment>
        <translation>--lab network에는 --export FILE 또는 --export-csv FILE이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="343"/>
        <source>{option} does not apply to --lab network</source>
        <translation>{option}: --lab network에는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="346"/>
        <source>--lab needs --export</source>
        <translation>--lab에는 --export가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="349"/>
        <source>{option} does not apply to --lab (a lab exports its own preset)</source>
        <translation>{option}: --lab에는 쓸 수 없습니다 (실험은 자체 기본 설정을 내보냅니다)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="352"/>
        <source>--layout applies to --lab optimizers only (overlay or grid)</source>
        <translation>--layout은 --lab optimizers에만 쓸 수 있습니다 (overlay 또는 grid)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="355"/>
        <source>--book-view needs --export (in the window: View ▸ Book view)</source>
        <translation>--book-view에는 --export가 필요합니다 (창에서는: 보기 ▸ 책의 그림)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="357"/>
        <source>--book-view is a view of the explorer&apos;s field: not with --lab or --view 3d</source>
        <translation>--book-view는 탐색기 벡터장의 보기입니다: --lab이나 --view 3d와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="368"/>
        <source>{option} needs --lab network</source>
        <translation>{option}: --lab network가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="373"/>
        <source>{option} needs --export: it only sets the size of the exported image</source>
        <translation>{option}: --export가 필요합니다. 내보내는 이미지의 크기만 정합니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="377"/>
        <source>--view 3d: the 3-D view exports PNG only; use a .png file name</source>
        <translation>--view 3d: 3차원 보기는 PNG로만 내보냅니다. .png 파일 이름을 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="379"/>
        <source>--scale does not apply to --view 3d: give a larger --size instead</source>
        <translation>--scale은 --view 3d에 쓸 수 없습니다. 대신 --size를 크게 주십시오</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="383"/>
        <source>--export: unknown image format {suffix}; use a .png or .svg file name</source>
        <translation>--export: 알 수 없는 이미지 형식 {suffix}. .png 또는 .svg 파일 이름을 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="385"/>
        <source>--export: {path} has no extension; use a .png or .svg file name</source>
        <translation>--export: {path}에 확장자가 없습니다. .png 또는 .svg 파일 이름을 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="514"/>
        <source>{option}: cannot write {path}: {reason}</source>
        <translation>{option}: {path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="528"/>
        <source>--export and --export-csv name the same file {path}: give each its own</source>
        <translation>--export와 --export-csv가 같은 파일 {path}을(를) 가리킵니다: 각각 다른 파일을 주십시오</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="533"/>
        <source>{option} names the --session file {path}: writing it would replace the session</source>
        <translation>{option}이(가) --session 파일 {path}을(를) 가리킵니다: 쓰면 세션이 바뀝니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="549"/>
        <source>--start/--steps: {runs} runs of up to {steps} steps could need {need:.1f} GiB of history (the limit is {limit:.0f} GiB); use fewer starts or steps</source>
        <translation>--start/--steps: 최대 {steps}단계인 실행 {runs}개의 기록에 {need:.1f} GiB가 필요할 수 있습니다 (한도는 {limit:.0f} GiB). 시작점이나 단계를 줄이십시오</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="560"/>
        <source>functions:</source>
        <translation>함수:</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="563"/>
        <source>optimizers (hyper-parameters: default, range):</source>
        <translation>옵티마이저 (하이퍼파라미터: 기본값, 범위):</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="566"/>
        <source>(none besides lr)</source>
        <translation>(lr 외에는 없음)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="568"/>
        <source>difference schemes: {schemes}</source>
        <translation>차분 방식: {schemes}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="608"/>
        <source>run {run}: ({s0:g}, {s1:g}) → ({e0:.6g}, {e1:.6g}), f = {f:.6g} after {steps} steps: {code} — {sentence}</source>
        <translation>실행 {run}: ({s0:g}, {s1:g}) → ({e0:.6g}, {e1:.6g}), {steps}단계 뒤 f = {f:.6g}: {code} — {sentence}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="620"/>
        <source>--lab: unknown lab {name}; known labs: {known}</source>
        <translation>--lab: 알 수 없는 실험 {name}. 있는 실험: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="655"/>
        <source>--export-csv: no runs to write; add one with --start X0,X1</source>
        <translation>--export-csv: 쓸 실행이 없습니다. --start X0,X1로 추가하십시오</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="668"/>
        <location filename="../../gui/labs/network_cli.py" line="212"/>
        <source>wrote {path} ({rows} rows)</source>
        <translation>{path} 파일을 썼습니다 ({rows}행)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="705"/>
        <location filename="../../gui/labs/network_cli.py" line="221"/>
        <source>wrote {path}</source>
        <translation>{path} 파일을 썼습니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="746"/>
        <source>installed {count} files for the desktop menu, e.g. {example}</source>
        <translation>데스크톱 메뉴용 파일 {count}개를 설치했습니다. 예: {example}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="751"/>
        <source>removed {count} files, e.g. {example}</source>
        <translation>파일 {count}개를 지웠습니다. 예: {example}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="753"/>
        <source>removed {count} files</source>
        <translation>파일 {count}개를 지웠습니다</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="764"/>
        <source>{program}: error: {message}</source>
        <translation>{program}: 오류: {message}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="800"/>
        <source>out of memory: the request is too large for this machine; use fewer starts, steps or a smaller --size</source>
        <translation>메모리 부족: 이 컴퓨터에는 너무 큰 요청입니다. 시작점이나 단계를 줄이거나 --size를 작게 하십시오</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="804"/>
        <source>internal error ({error}); please report it with the command line</source>
        <translation>내부 오류 ({error}). 명령줄과 함께 알려 주십시오</translation>
    </message>
    <message>
        <location filename="../../gui/headless.py" line="163"/>
        <source>{size} (the default size)</source>
        <translation>{size} (기본 크기)</translation>
    </message>
    <message>
        <location filename="../../gui/headless.py" line="164"/>
        <source>{option}: the image is {width}x{height} instead of {asked}, so that x0 ∈ [{a:g}, {b:g}] and x1 ∈ [{c:g}, {d:g}] fill it at equal scales</source>
        <translation>{option}: x0 ∈ [{a:g}, {b:g}]와 x1 ∈ [{c:g}, {d:g}]가 같은 축척으로 채우도록 이미지가 {asked} 대신 {width}x{height}입니다</translation>
    </message>
    <message>
        <location filename="../../gui/headless.py" line="193"/>
        <source>--lab: the {name} lab did not finish computing its preset</source>
        <translation>--lab: {name} 실험이 기본 설정의 계산을 끝내지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="49"/>
        <source>running</source>
        <extracomment>argparse destination → the option a user types (for the error line). How long the command line waits for a run, at most (the book&apos;s numerical gradient on MNIST takes hours; anything longer is a hang). The CLI&apos;s compute thread: long slices, no rests (no one is waiting for the screen). Updates sent to the figure while the CLI trains: one a second is plenty. How a run ended, in the summary line (TrainingHistory.state).</extracomment>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="50"/>
        <source>paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="51"/>
        <source>stopped</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="52"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="75"/>
        <source>--dataset: unknown dataset {name}; choose one of {known}</source>
        <translation>--dataset: 알 수 없는 데이터셋 {name}. 있는 데이터셋: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="78"/>
        <source>--mnist: only for --dataset mnist (the dataset is {name})</source>
        <translation>--mnist: --dataset mnist에만 씁니다 (지금 데이터셋은 {name})</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="83"/>
        <source>--gradient: must be one of {choices}, got {got}</source>
        <translation>--gradient: {choices} 중 하나여야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="111"/>
        <source>--mnist: {path} is not a folder</source>
        <translation>--mnist: {path}은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="115"/>
        <source>--dataset mnist needs --mnist DIR, the folder with the book&apos;s MNIST files (its dataset/ folder), or the files downloaded in the app</source>
        <translation>--dataset mnist에는 --mnist DIR(책의 MNIST 파일이 있는 폴더, 곧 dataset/ 폴더)이나 앱에서 내려받은 파일이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="123"/>
        <source>--lab network: training did not finish</source>
        <translation>--lab network: 학습이 끝나지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="146"/>
        <source>trained {count} of {planned} iterations ({state}), {epochs} epochs, of a {sizes} network on {dataset}: {optimizer}, η = {lr:g}, batch {batch}, {gradient} gradient, seed {seed}; {ms:.3g} ms per iteration</source>
        <translation>{dataset}에서 {sizes} 신경망 학습: 반복 {count}/{planned} ({state}), {epochs}에폭, {optimizer}, η = {lr:g}, 배치 {batch}, 기울기 {gradient}, 시드 {seed}; 반복당 {ms:.3g}ms</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="154"/>
        <source>epoch {epoch}: train accuracy {train:.4f}, test accuracy {test:.4f}</source>
        <translation>에폭 {epoch}: 훈련 정확도 {train:.4f}, 시험 정확도 {test:.4f}</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="160"/>
        <source>after the last iteration: train accuracy {train:.4f}, test accuracy {test:.4f}, mini-batch loss {loss:.4g}</source>
        <translation>마지막 반복 뒤: 훈련 정확도 {train:.4f}, 시험 정확도 {test:.4f}, 미니배치 손실 {loss:.4g}</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="195"/>
        <source>the MNIST files could not be read</source>
        <translation>MNIST 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_cli.py" line="202"/>
        <source>warning: {message}</source>
        <translation>경고: {message}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../gui/export.py" line="43"/>
        <source>Cannot export to %1: the file name must end in %2.</source>
        <translation>%1에 내보낼 수 없습니다: 파일 이름은 %2로 끝나야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="51"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1에 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="87"/>
        <source>The export scale must be positive, got %1.</source>
        <translation>내보내기 배율은 양수여야 합니다 (받은 값: %1).</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="141"/>
        <source>Cannot encode %1 as PNG.</source>
        <translation>%1: PNG로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="255"/>
        <source>Cannot start an SVG drawing for %1.</source>
        <translation>%1의 SVG 그리기를 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>labs</name>
    <message>
        <location filename="../../gui/labs/__init__.py" line="59"/>
        <source>Derivative</source>
        <extracomment>``create(compute=None)``: a new lab widget, computing on ``compute`` (or on its own thread). The translation context of the labs&apos; tab titles.</extracomment>
        <translation>미분</translation>
    </message>
    <message>
        <location filename="../../gui/labs/__init__.py" line="60"/>
        <source>Partial derivatives</source>
        <translation>편미분</translation>
    </message>
    <message>
        <location filename="../../gui/labs/__init__.py" line="61"/>
        <source>Learning-rate race</source>
        <translation>학습률 경주</translation>
    </message>
    <message>
        <location filename="../../gui/labs/__init__.py" line="63"/>
        <source>Optimizers</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/labs/__init__.py" line="64"/>
        <source>Basins</source>
        <translation>끌림 영역</translation>
    </message>
    <message>
        <location filename="../../gui/labs/__init__.py" line="65"/>
        <source>Step inspector</source>
        <translation>단계 살펴보기</translation>
    </message>
    <message>
        <location filename="../../gui/labs/__init__.py" line="67"/>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../gui/labs/objective_row.py" line="22"/>
        <source>Formula…</source>
        <extracomment>The last entry of a lab&apos;s function combo box: &quot;type your own formula&quot; (in x0, x1 here; the derivative lab&apos;s formulas are in x). Its item data is ``&quot;formula&quot;``; a source text of the &quot;labs&quot; context (shown through ``gui.i18n.translate(&quot;labs&quot;, FORMULA_LABEL)``).</extracomment>
        <translation>수식…</translation>
    </message>
    <message>
        <location filename="../../gui/labs/scheme_names.py" line="15"/>
        <source>forward</source>
        <translation>전방</translation>
    </message>
    <message>
        <location filename="../../gui/labs/scheme_names.py" line="16"/>
        <source>backward</source>
        <translation>후방</translation>
    </message>
    <message>
        <location filename="../../gui/labs/scheme_names.py" line="17"/>
        <source>central</source>
        <translation>중심</translation>
    </message>
    <message>
        <location filename="../../gui/labs/scheme_names.py" line="19"/>
        <source>complex</source>
        <translation>복소 스텝</translation>
    </message>
</context>
<context>
    <name>numerics</name>
    <message>
        <location filename="../../gui/labs/network_run.py" line="78"/>
        <source>must be one of {choices}, got “{got}”</source>
        <extracomment>Every dataset the tab offers, in its order: the built-in 2-D sets, then MNIST. Shortest gap between two updates sent to the GUI (at most 10 redraws a second: every redraw&apos;s Python calls wait for the GIL the training holds, and on a busy machine for a core too). Cells per side of the decision-region grid. Test digits shown in the digit grid (rows × columns).</extracomment>
        <translation>{choices} 중 하나여야 합니다(입력값: “{got}”)</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_run.py" line="79"/>
        <source>{epochs} epochs of batches of {batch} are {iterations} iterations; at most {high} are allowed</source>
        <translation>배치 크기 {batch}로 {epochs}에폭이면 {iterations}번 반복입니다. 최대 {high}번까지 허용됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/labs/network_run.py" line="81"/>
        <source>The loss is no longer a finite number (at iteration {iteration}): try a smaller η.</source>
        <translation>손실이 더 이상 유한한 수가 아닙니다({iteration}번째 반복). 더 작은 η를 시도해 보십시오.</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="64"/>
        <location filename="../../gui/model/safe_read.py" line="27"/>
        <source>it is a folder, not a file</source>
        <extracomment>The end of every temporary file name: what :func:`clean_stale_temporaries` recognises. A temporary file this old is stale whatever its process id says (ids are reused). Bytes of the target&apos;s name kept in the temporary name (the whole name could exceed NAME_MAX once the suffix is added).</extracomment>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="65"/>
        <source>it is a device, not a regular file; it was left as it is</source>
        <translation>일반 파일이 아니라 장치이므로 그대로 두었습니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="66"/>
        <source>it is a named pipe (FIFO), not a regular file; it was left as it is</source>
        <translation>일반 파일이 아니라 이름 있는 파이프(FIFO)이므로 그대로 두었습니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="67"/>
        <source>it is a socket, not a regular file; it was left as it is</source>
        <translation>일반 파일이 아니라 소켓이므로 그대로 두었습니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="68"/>
        <source>it is not a regular file; it was left as it is</source>
        <translation>일반 파일이 아니므로 그대로 두었습니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="69"/>
        <source>it is a symbolic link that leads round in a loop</source>
        <translation>순환하는 심볼릭 링크입니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="70"/>
        <source>the folder {folder} does not exist</source>
        <translation>폴더 {folder}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="71"/>
        <source>{folder} is not a folder</source>
        <translation>{folder}은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="72"/>
        <source>the file name is %n bytes long; this folder allows at most {limit}</source>
        <translation>파일 이름이 %n바이트입니다. 이 폴더에서는 최대 {limit}바이트까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="74"/>
        <location filename="../../gui/model/safe_read.py" line="35"/>
        <source>the file name cannot be used ({problem})</source>
        <translation>이 파일 이름은 쓸 수 없습니다 ({problem})</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="75"/>
        <source>the file is read-only</source>
        <translation>읽기 전용 파일입니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/atomic_write.py" line="76"/>
        <source>no file name given</source>
        <translation>파일 이름이 없습니다</translation>
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
        <translation>함수 이름과 수식 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <location filename="../../gui/model/explorer_state.py" line="52"/>
        <location filename="../../gui/model/session.py" line="98"/>
        <source>give a function name or a formula</source>
        <translation>함수 이름이나 수식을 지정하십시오</translation>
    </message>
    <message>
        <location filename="../../gui/model/runs.py" line="31"/>
        <source>Ended at step {steps}; working out what happened …</source>
        <extracomment>What a run says while its end is shown but its verdict is still being worked out (a swarm&apos;s verdicts are computed as a job, a few milliseconds after its end).</extracomment>
        <translation>{steps}단계에서 끝났습니다. 무슨 일이 있었는지 판정하는 중 …</translation>
    </message>
    <message>
        <location filename="../../gui/model/runs.py" line="32"/>
        <source>failed: {error}</source>
        <translation>실패: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="28"/>
        <source>it is a device, not a regular file</source>
        <translation>일반 파일이 아니라 장치입니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="29"/>
        <source>it is a named pipe (FIFO), not a regular file</source>
        <translation>일반 파일이 아니라 이름 있는 파이프(FIFO)입니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="30"/>
        <source>it is a socket, not a regular file</source>
        <translation>일반 파일이 아니라 소켓입니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="31"/>
        <source>it is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="32"/>
        <source>{n} bytes</source>
        <translation>{n}바이트</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="33"/>
        <source>the file is {size} large; the most this program reads is {limit}</source>
        <translation>파일 크기가 {size}입니다. 이 프로그램은 최대 {limit}까지 읽습니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/safe_read.py" line="36"/>
        <source>not UTF-8 text: byte {byte} at line {line}, column {column} (byte {offset} of the file)</source>
        <translation>UTF-8 텍스트가 아닙니다: {line}행 {column}열의 바이트 {byte} (파일의 {offset}번째 바이트)</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="91"/>
        <source>must be a JSON object, got {got}</source>
        <extracomment>A session (file or dict) is invalid: the one error every validator raises. ``field`` names the culprit, ``reason``/``message`` say why (Messages), ``str()`` is &quot;field: reason&quot; in English.</extracomment>
        <translation>JSON 객체여야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="92"/>
        <source>not a Gradient Explorer session (expected “{format}”)</source>
        <translation>Gradient Explorer 세션이 아닙니다(“{format}” 형식이어야 합니다)</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="93"/>
        <source>must be a whole number, got {got}</source>
        <translation>정수여야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="94"/>
        <source>version {version} is newer than this program reads ({newest})</source>
        <translation>버전 {version}: 이 프로그램이 읽을 수 있는 버전({newest})보다 새롭습니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="95"/>
        <source>unknown version {version}</source>
        <translation>알 수 없는 버전 {version}</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="96"/>
        <location filename="../../gui/model/validation.py" line="103"/>
        <source>unknown field</source>
        <translation>알 수 없는 항목</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="99"/>
        <source>cannot read {path}: {problem}</source>
        <translation>{path} 파일을 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="100"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="101"/>
        <source>must be a list of runs (objects), got {got}</source>
        <translation>실행(객체)의 목록이어야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="102"/>
        <source>must be one of {choices} or null, got {got}</source>
        <translation>{choices} 중 하나 또는 null이어야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="103"/>
        <source>{steps} steps shown, but the run&apos;s step limit is {limit}</source>
        <translation>{steps}단계가 표시되어 있지만 이 실행의 단계 한도는 {limit}입니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="104"/>
        <source>must be the starts of the runs (or left out)</source>
        <translation>실행의 시작점이어야 합니다(또는 생략)</translation>
    </message>
    <message>
        <location filename="../../gui/model/session.py" line="407"/>
        <source>cannot save the session to {path}: {problem}</source>
        <extracomment>The largest session file read: a session holds at most 1,000 starts (~50 KiB as written); anything this large is not a session, and is refused before json parses it. Every run with its own settings (version 3); empty: ``starts`` run with ``config``. Whether η / the step limit were set by hand (None: not recorded, version 1 or 2). Top-level fields read by their validator as they are (``descent`` has its own reader).</extracomment>
        <translation>세션을 {path}에 저장할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="66"/>
        <source>cannot write trajectories to {path}: {problem}</source>
        <extracomment>The path columns, first and in this order (the whole header of files written before verdicts). The run&apos;s settings and verdict, repeated on each of its rows. The largest CSV file read (about 700,000 rows): parsing costs several times the file&apos;s size. Rows formatted at a time while writing: a million-step run is never one list of a million rows.</extracomment>
        <translation>궤적을 {path}에 쓸 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="67"/>
        <source>cannot read trajectories from {path}: {problem}</source>
        <translation>{path}에서 궤적을 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="68"/>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="69"/>
        <source>{source}, line {line}: {problem}</source>
        <translation>{source}, {line}행: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="70"/>
        <source>trajectory CSV</source>
        <translation>궤적 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="71"/>
        <source>expected the header {header}</source>
        <translation>머리글 {header}이(가) 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="72"/>
        <source>expected {expected} fields, got {got}</source>
        <translation>필드가 {expected}개여야 하는데 {got}개입니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="73"/>
        <source>not a number in {row}</source>
        <translation>{row}에 수가 아닌 값이 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="74"/>
        <source>hyper must be name=value pairs joined by “;”, got “{text}”</source>
        <translation>hyper는 “;”로 이은 name=value 쌍이어야 합니다(입력값: “{text}”)</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="75"/>
        <source>run {run} step {step}, expected step {expected}</source>
        <translation>실행 {run}의 단계 {step}: 단계 {expected}이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="76"/>
        <source>x0 and x1 must be finite</source>
        <translation>x0과 x1은 유한한 수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="77"/>
        <source>a field is longer than {limit} characters</source>
        <translation>필드 하나가 {limit}자보다 깁니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/trajectory_csv.py" line="78"/>
        <source>not readable as CSV ({problem})</source>
        <translation>CSV로 읽을 수 없습니다 ({problem})</translation>
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
        <translation>{low}에서 {high} 사이의 수여야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="64"/>
        <source>must be a whole number between {low} and {high}, got {got}</source>
        <translation>{low}에서 {high} 사이의 정수여야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="65"/>
        <source>must be a finite number, got {got}</source>
        <translation>유한한 수여야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="66"/>
        <source>must be between {low} and {high} steps per second, or “instant”, got {got}</source>
        <translation>초당 {low}에서 {high}단계 사이이거나 “instant”여야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="68"/>
        <source>{name} must be a number between {low} and {high}</source>
        <translation>{name}: {low}에서 {high} 사이의 수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="69"/>
        <source>a number between {low} and {high}</source>
        <translation>{low}에서 {high} 사이의 수</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="70"/>
        <source>a whole number between {low} and {high}</source>
        <translation>{low}에서 {high} 사이의 정수</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="71"/>
        <source>a finite number</source>
        <translation>유한한 수</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="72"/>
        <source>{name} must be a whole number between {low} and {high}</source>
        <translation>{name}: {low}에서 {high} 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="74"/>
        <source>the text “{text}”</source>
        <translation>텍스트 “{text}”</translation>
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
        <translation>없음(null)</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="78"/>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="79"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="80"/>
        <source>a value of type {type}</source>
        <translation>{type} 형식의 값</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="81"/>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="82"/>
        <source>infinity</source>
        <translation>무한대</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="83"/>
        <source>minus infinity</source>
        <translation>음의 무한대</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="84"/>
        <source>a whole number of %n digits</source>
        <translation>%n자리 정수</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="85"/>
        <source>a whole number of about %n digits</source>
        <translation>약 %n자리 정수</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="87"/>
        <source>must be one of {choices}, got {got}</source>
        <translation>{choices} 중 하나여야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="88"/>
        <source>must be true or false, got {got}</source>
        <translation>true 또는 false여야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="89"/>
        <source>must be a function name ({known}), got {got}</source>
        <translation>함수 이름({known})이어야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="90"/>
        <source>unknown function “{name}”; known functions: {known}</source>
        <translation>알 수 없는 함수 “{name}”. 사용할 수 있는 함수: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="91"/>
        <source>must be formula text in x0 and x1, got {got}</source>
        <translation>x0과 x1로 된 수식 텍스트여야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="92"/>
        <source>must be [x0_min, x0_max, x1_min, x1_max], got {got}</source>
        <translation>[x0_min, x0_max, x1_min, x1_max] 형식이어야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="93"/>
        <source>each minimum must be below its maximum, got {box}</source>
        <translation>각 축의 최솟값은 최댓값보다 작아야 합니다(입력값: {box})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="94"/>
        <source>must be an object of name: number, got {got}</source>
        <translation>이름: 수 형식의 객체여야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="95"/>
        <source>“lr” is the learning rate η, set on its own (descent.lr, --lr), not as a hyper-parameter</source>
        <translation>“lr”은 학습률 η이며, 하이퍼파라미터가 아니라 따로 설정합니다(descent.lr, --lr)</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="97"/>
        <source>{optimizer} has no hyper-parameter “{name}” (it takes: {known})</source>
        <translation>{optimizer}에는 “{name}” 하이퍼파라미터가 없습니다(사용 가능: {known})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="98"/>
        <source>{optimizer} takes no hyper-parameter besides the learning rate η</source>
        <translation>{optimizer}에는 학습률 η 외의 하이퍼파라미터가 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="99"/>
        <source>must be a list of [x0, x1] pairs, got {got}</source>
        <translation>[x0, x1] 쌍의 목록이어야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="100"/>
        <source>must be [x0, x1], got {got}</source>
        <translation>[x0, x1] 형식이어야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="101"/>
        <source>must be an object of layer: true/false, got {got}</source>
        <translation>레이어: true/false 형식의 객체여야 합니다(입력값: {got})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="102"/>
        <source>unknown layer “{name}”; layers: {known}</source>
        <translation>알 수 없는 레이어 “{name}”. 레이어: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="105"/>
        <source>not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>올바른 JSON이 아닙니다({line}행 {column}열: {problem})</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="106"/>
        <source>the non-finite number {name} is not allowed</source>
        <translation>유한하지 않은 수는 쓸 수 없습니다: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="107"/>
        <source>nested too deeply</source>
        <translation>중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="498"/>
        <source>{name} {reason}</source>
        <extracomment>A refusal shown under a named control: &quot;η must be a number between 1e−6 and 100, got 1000&quot;.</extracomment>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/model/validation.py" line="500"/>
        <source>{reason}; expected {allowed}</source>
        <extracomment>Typed text that is not a number at all, and what was expected instead.</extracomment>
        <translation>{reason} (허용: {allowed})</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="44"/>
        <source>{reason}; using the default</source>
        <translation>{reason}. 기본값을 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="45"/>
        <source>unreadable value (not the text this program writes); using the default</source>
        <translation>읽을 수 없는 값입니다 (이 프로그램이 쓰는 텍스트가 아닙니다). 기본값을 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="46"/>
        <source>not saved window data; using the default layout</source>
        <translation>저장된 창 데이터가 아닙니다. 기본 배치를 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="47"/>
        <source>{reason}; resetting the hyper-parameters</source>
        <translation>{reason}. 하이퍼파라미터를 초기화합니다</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="48"/>
        <source>{reason}; using the default descent settings</source>
        <translation>{reason}. 기본 하강 설정을 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="49"/>
        <source>the settings file could not be read ({status}); using defaults</source>
        <translation>설정 파일을 읽을 수 없습니다 ({status}). 기본값을 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/settings_store.py" line="50"/>
        <source>a value of {length} characters (the most is {limit}); using the default</source>
        <translation>{length}자짜리 값입니다 (최대 {limit}자). 기본값을 씁니다</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="33"/>
        <source>minimum {number}</source>
        <translation>극솟값 {number}</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="34"/>
        <source>saddle {number}</source>
        <translation>안장점 {number}</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="35"/>
        <source>maximum {number}</source>
        <translation>극댓값 {number}</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="36"/>
        <source>global minimum</source>
        <translation>전역 최솟값</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="37"/>
        <source>global minimum {number}</source>
        <translation>전역 최솟값 {number}</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="38"/>
        <source>local maximum</source>
        <translation>극댓값</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="39"/>
        <source>saddle</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="40"/>
        <source>monkey saddle (degenerate)</source>
        <translation>원숭이 안장 (퇴화)</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="358"/>
        <source>Sphere (the book&apos;s function_2)</source>
        <extracomment>A learning rate and step count with which plain gradient descent (SGD, the analytic gradient, tol 1e-8) started anywhere in ``box`` ends at a minimum — or, for functions where no η can do that, the best one; the reason is in a comment at the catalogue entry. Checked in tests/numerics/test_functions.py with numerics.diagnosis.</extracomment>
        <translation>구 함수 (책의 function_2)</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="364"/>
        <source>The book&apos;s function_2: a round bowl where every gradient points straight away from the minimum, so −∇f always heads home.</source>
        <translation>책의 function_2: 둥근 그릇 모양이라 모든 기울기가 최솟값에서 곧장 바깥쪽을 가리키므로 −∇f는 언제나 최솟값을 향합니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="373"/>
        <source>Stretched bowl (x0²/20 + x1², ch. 6)</source>
        <translation>늘어난 그릇 (x0²/20 + x1², 6장)</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="379"/>
        <source>The book&apos;s chapter 6 bowl: 20 times steeper across than along, so plain gradient descent zig-zags while momentum and Adam glide in.</source>
        <translation>책 6장의 그릇: 가로지르는 방향이 길이 방향보다 20배 가파르므로 단순한 경사 하강법은 지그재그로 움직이고 Momentum과 Adam은 매끄럽게 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="395"/>
        <source>Rosenbrock: a curved narrow valley where plain gradient descent finds the floor at once and then crawls along it toward the minimum at (1, 1).</source>
        <translation>Rosenbrock: 휘어진 좁은 골짜기로, 단순한 경사 하강법은 골짜기 바닥에 금세 닿은 뒤 (1, 1)의 최솟값을 향해 바닥을 따라 아주 느리게 나아갑니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="429"/>
        <source>Himmelblau: four equally deep minima, so where you start decides where you end; a local maximum and four saddles split the basins.</source>
        <translation>Himmelblau: 깊이가 같은 최솟값이 넷이라 어디서 시작하느냐에 따라 어디서 끝날지가 정해집니다. 극댓값 하나와 안장점 넷이 끌림 영역을 나눕니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="450"/>
        <source>Beale: flat valleys next to walls a hundred thousand times higher, so one learning rate is too small on the floor and too large on the walls.</source>
        <translation>Beale: 평평한 골짜기 옆에 10만 배나 높은 벽이 있어, 하나의 학습률은 바닥에서는 너무 작고 벽에서는 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="468"/>
        <source>Booth: a tilted elliptical bowl; a quadratic whose valley runs diagonally, so no single coordinate step points at the minimum (1, 3).</source>
        <translation>Booth: 기울어진 타원형 그릇입니다. 골짜기가 대각선으로 뻗은 2차 함수라 어느 좌표 방향의 한 걸음도 최솟값 (1, 3)을 가리키지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="483"/>
        <source>Matyas: a bowl that is nearly flat along the diagonal x0 = x1 (curvature 0.04 against 1.0 across), so descent reaches the diagonal fast and then barely moves.</source>
        <translation>Matyas: 대각선 x0 = x1을 따라서는 거의 평평한 그릇이라(곡률 0.04, 가로지르는 방향은 1.0) 하강은 대각선에 빠르게 닿은 뒤 거의 움직이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="492"/>
        <source>Six-hump camel</source>
        <translation>여섯 혹 낙타 함수</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="518"/>
        <source>Six-hump camel: two global minima, four shallower local minima, two maxima and seven saddles — a small zoo of critical points to start descents between.</source>
        <translation>여섯 혹 낙타 함수: 전역 최솟값 둘, 더 얕은 극솟값 넷, 극댓값 둘, 안장점 일곱 — 하강을 시작해 볼 임계점들의 작은 동물원입니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="527"/>
        <source>Saddle (x0² − x1²)</source>
        <translation>안장 (x0² − x1²)</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="533"/>
        <source>A saddle: the gradient vanishes at the origin although it is no minimum; a start exactly on the x0 axis slides into it and stays, any other start escapes.</source>
        <translation>안장: 원점에서 기울기가 0이 되지만 최솟값이 아닙니다. 정확히 x0축 위에서 시작하면 그곳으로 미끄러져 들어가 머물고, 다른 곳에서 시작하면 빠져나갑니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="543"/>
        <source>Monkey saddle (x0³ − 3x0x1²)</source>
        <translation>원숭이 안장 (x0³ − 3x0x1²)</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="549"/>
        <source>The monkey saddle: three valleys meet at a flat point whose Hessian is zero, so second-derivative tests cannot classify it and descent slows to a crawl nearby.</source>
        <translation>원숭이 안장: 세 골짜기가 헤세 행렬이 0인 평평한 점에서 만나므로 2계 도함수로는 판정할 수 없고, 그 근처에서 하강이 아주 느려집니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="565"/>
        <source>Rastrigin: a bowl covered in ripples with a local minimum near every integer point (about a hundred in view), so descent gets stuck in whichever dimple it starts in.</source>
        <translation>Rastrigin: 잔물결로 덮인 그릇으로 모든 정수 점 근처에 극솟값이 있어(보기 범위에 약 100개) 하강은 시작한 곳의 움푹한 곳에 갇힙니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="574"/>
        <source>Plateau (a well in a flat plain)</source>
        <translation>고원 (평평한 들판 속의 우물)</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="580"/>
        <source>A well of radius 2 in a plain where f is exactly 1: out there the gradient is exactly zero, so gradient descent never moves however long it runs.</source>
        <translation>반지름 2인 우물이 f가 정확히 1인 들판 가운데 있습니다. 들판에서는 기울기가 정확히 0이라 경사 하강법은 아무리 오래 돌려도 움직이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/functions.py" line="625"/>
        <source>Your own formula: gradients are computed numerically by finite differences.</source>
        <extracomment>The name of every objective built from a typed formula (and the choosers&apos; item data for &quot;a formula&quot;).</extracomment>
        <translation>직접 입력한 수식: 기울기는 유한 차분으로 수치 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="142"/>
        <source>minimum</source>
        <extracomment>Points at the end of a run the diagnosis reads: enough for three reversals of a bounce. A run that moved less than this fraction of the view&apos;s diagonal &quot;barely moved&quot; (as the race did). At the step limit a run is at its stationary point when the Newton step |H⁻¹∇f| to it is below this fraction of the view&apos;s diagonal: far below a pixel, so the picture cannot contradict it. f is level over the tail when the same-phase sums of two successive values change by less than this relative amount. Rounding in a period-2 bounce changes f by ~1e-12; any real descent or growth over 8 steps by far more. … plus this fraction of the spread of f over the view, so &quot;level&quot; also works where f ≈ 0. A run that ended beyond the view grown this many times about its centre has left it for good. Curvatures are read only at points within the view grown this many times (the start always counts): farther out a diverging run&apos;s points say nothing about the function the learner sees. The ring that decides a point whose Hessian is ≈ 0 has this radius (fraction of the diagonal) and ``RING_DIRECTIONS`` points; f on it differs from f at the centre when it differs by more than ``RING_RTOL`` of |f| + spread (rounding is ~1e-16 of that). Newton steps that find the stationary point a bounce circles (from the bounce&apos;s midpoint). η·λmax counts as &quot;at least 2&quot; within this relative rounding (η = 1 on the sphere gives 2 ± 1e-12). Coordinates of a bounce centre below this fraction of the view are shown as 0. Grid used by ``suggest_lr`` to find the largest curvature below the start.</extracomment>
        <translation>최솟값 도달</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="143"/>
        <source>saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="144"/>
        <source>maximum</source>
        <translation>최댓값에서 멈춤</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="145"/>
        <source>plateau</source>
        <translation>고원</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="146"/>
        <source>oscillating</source>
        <translation>진동</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="147"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="148"/>
        <source>unbounded below</source>
        <translation>하한 없음</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="149"/>
        <source>gradient lost</source>
        <translation>기울기 소실</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="150"/>
        <source>out of steps</source>
        <translation>단계 소진</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="34"/>
        <source>running</source>
        <extracomment>Valid ranges of the run settings: the single source of truth for every front end.</extracomment>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="35"/>
        <source>step limit reached</source>
        <translation>단계 한도 도달</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="36"/>
        <source>converged (|∇f| below tolerance)</source>
        <translation>수렴 (|∇f|가 허용 오차 미만)</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="37"/>
        <source>diverged — try a smaller learning rate η</source>
        <translation>발산 — 더 작은 학습률 η를 시도해 보십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="38"/>
        <location filename="../../numerics/diagnosis.py" line="151"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="39"/>
        <source>learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="40"/>
        <source>step count</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="41"/>
        <source>tolerance</source>
        <translation>허용 오차</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="42"/>
        <source>{name} must be a number, got {value}</source>
        <translation>{name}: 수여야 합니다(입력값: {value})</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="43"/>
        <location filename="../../numerics/optimizers.py" line="22"/>
        <source>{name} must be between {low:g} and {high:g}, got {value:g}</source>
        <extracomment>Added to denominators so a zero accumulated gradient does not divide by zero (the book&apos;s 1e-7).</extracomment>
        <translation>{name}: {low:g}에서 {high:g} 사이여야 합니다(입력값: {value:g})</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="44"/>
        <source>learning rate η must be positive</source>
        <translation>학습률 η는 양수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="45"/>
        <source>step count must be a whole number, got {value}</source>
        <translation>단계 수는 정수여야 합니다(입력값: {value})</translation>
    </message>
    <message>
        <location filename="../../numerics/descent.py" line="46"/>
        <source>escape box must be (x0_min, x0_max, x1_min, x1_max), got {box}</source>
        <translation>이탈 판정 범위는 (x0_min, x0_max, x1_min, x1_max) 형식이어야 합니다(입력값: {box})</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="153"/>
        <source>barely moved</source>
        <extracomment>Finer words for a step-limit run (the race table&apos;s).</extracomment>
        <translation>거의 움직이지 않음</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="154"/>
        <source>still descending</source>
        <translation>아직 하강 중</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="169"/>
        <source>Reached a minimum at step {steps}: f = {f:.4g} at ({x0:.4g}, {x1:.4g}) with |∇f| = {grad:.2g}, and f curves up in every direction there (Hessian eigenvalues {lam_min:.3g} and {lam_max:.3g}).</source>
        <translation>{steps}단계에서 최솟값에 도달했습니다: ({x0:.4g}, {x1:.4g})에서 f = {f:.4g}, |∇f| = {grad:.2g}이며, 그곳에서 f는 모든 방향으로 위로 휩니다(헤세 행렬의 고윳값 {lam_min:.3g}, {lam_max:.3g}).</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="172"/>
        <source>Reached a minimum at step {steps}: f = {f:.4g} at ({x0:.4g}, {x1:.4g}) with |∇f| = {grad:.2g}, and f rises or stays level all around it, though its curvature alone could not tell (it is ≈ 0 or not defined there).</source>
        <translation>{steps}단계에서 최솟값에 도달했습니다: ({x0:.4g}, {x1:.4g})에서 f = {f:.4g}, |∇f| = {grad:.2g}이며, 주변 어디에서나 f가 올라가거나 같은 높이를 유지합니다. 다만 곡률만으로는 판단할 수 없었습니다(그곳에서 ≈ 0이거나 정의되지 않음).</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="176"/>
        <source>Stopped at a saddle point at step {steps}: |∇f| = {grad:.2g} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}, but a small push along ±({d0:.2f}, {d1:.2f}) would continue downhill (curvature {lam_min:.3g} that way).</source>
        <translation>{steps}단계에서 안장점에 멈췄습니다: ({x0:.4g}, {x1:.4g})에서 |∇f| = {grad:.2g}, f = {f:.4g}이지만, ±({d0:.2f}, {d1:.2f}) 방향으로 살짝 밀면 계속 내려갑니다(그 방향의 곡률 {lam_min:.3g}).</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="179"/>
        <source>Stopped at a saddle point at step {steps}: |∇f| = {grad:.2g} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}; its curvature alone could not tell (it is ≈ 0 or not defined there), but a small push towards ({d0:.2f}, {d1:.2f}) would continue downhill.</source>
        <translation>{steps}단계에서 안장점에 멈췄습니다: ({x0:.4g}, {x1:.4g})에서 |∇f| = {grad:.2g}, f = {f:.4g}입니다. 곡률만으로는 판단할 수 없었지만(그곳에서 ≈ 0이거나 정의되지 않음), ({d0:.2f}, {d1:.2f}) 쪽으로 살짝 밀면 계속 내려갑니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="183"/>
        <source>Stopped on a maximum at step {steps}: |∇f| = {grad:.2g} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}, and f curves down in every direction (Hessian eigenvalues {lam_min:.3g} and {lam_max:.3g}), so any small push goes downhill.</source>
        <translation>{steps}단계에서 최댓값에 멈췄습니다: ({x0:.4g}, {x1:.4g})에서 |∇f| = {grad:.2g}, f = {f:.4g}이고, f가 모든 방향으로 아래로 휘므로(헤세 행렬의 고윳값 {lam_min:.3g}, {lam_max:.3g}) 조금만 밀어도 내려갑니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="187"/>
        <source>Stopped on a maximum at step {steps}: |∇f| = {grad:.2g} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}, and f falls all around it, so any small push goes downhill.</source>
        <translation>{steps}단계에서 최댓값에 멈췄습니다: ({x0:.4g}, {x1:.4g})에서 |∇f| = {grad:.2g}, f = {f:.4g}이고, 주변 어디에서나 f가 내려가므로 조금만 밀어도 내려갑니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="190"/>
        <source>Stalled on a plateau at step {steps}: the gradient vanished at ({x0:.4g}, {x1:.4g}), where f = {f:.4g} is flat (Hessian ≈ 0) and not at a minimum, so descent has nothing to follow.</source>
        <translation>{steps}단계에서 고원에 멈췄습니다: ({x0:.4g}, {x1:.4g})에서 기울기가 사라졌는데, 그곳은 f = {f:.4g}인 평평한 곳이고(헤세 행렬 ≈ 0) 최솟값이 아니므로 하강이 따라갈 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="193"/>
        <source>Bouncing back and forth around ({c0:.4g}, {c1:.4g}) with f staying near {f:.4g}: η·λmax = {eta_lambda:.3g} there, and plain gradient descent settles only when η·λmax &lt; 2, that is for η &lt; 2/λmax = {eta_max:.3g}.</source>
        <translation>({c0:.4g}, {c1:.4g}) 주위를 오가며 f가 {f:.4g} 근처에 머뭅니다: 그곳에서 η·λmax = {eta_lambda:.3g}인데, 단순한 경사 하강법은 η·λmax &lt; 2일 때, 즉 η &lt; 2/λmax = {eta_max:.3g}일 때만 자리 잡습니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="197"/>
        <source>Bouncing back and forth around ({c0:.4g}, {c1:.4g}) with f staying near {f:.4g}: the steps are too large to settle there; try a smaller η.</source>
        <translation>({c0:.4g}, {c1:.4g}) 주위를 오가며 f가 {f:.4g} 근처에 머뭅니다: 걸음이 너무 커서 그곳에 자리 잡지 못합니다. 더 작은 η를 시도해 보십시오.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="200"/>
        <source>Diverged: f grew from {f_start:.3g} to {f_end:.3g} by step {steps} because η = {eta:.3g} is too large: at ({p0:.3g}, {p1:.3g}) λmax = {lam_max:.3g}, and plain gradient descent is stable there only for η &lt; 2/λmax = {eta_max:.3g}.</source>
        <translation>발산했습니다: 학습률이 너무 커서(η = {eta:.3g}) {steps}단계까지 f가 {f_start:.3g}에서 {f_end:.3g}까지 커졌습니다. ({p0:.3g}, {p1:.3g})에서 λmax = {lam_max:.3g}이고, 단순한 경사 하강법은 그곳에서 η &lt; 2/λmax = {eta_max:.3g}일 때만 안정적입니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="204"/>
        <source>Diverged: f grew from {f_start:.3g} to {f_end:.3g} by step {steps}, so the steps are too large for the curvature along the way; try a smaller η.</source>
        <translation>발산했습니다: {steps}단계까지 f가 {f_start:.3g}에서 {f_end:.3g}까지 커졌습니다. 지나온 길의 곡률에 비해 걸음이 너무 큽니다. 더 작은 η를 시도해 보십시오.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="207"/>
        <source>Diverged at step {step}: the next point was not a finite number or lay far outside the view (the last good point is ({x0:.4g}, {x1:.4g}), f = {f:.4g}); try a smaller η.</source>
        <translation>{step}단계에서 발산했습니다: 다음 점이 유한한 수가 아니거나 보기 범위에서 멀리 벗어났습니다(마지막 정상 점은 ({x0:.4g}, {x1:.4g}), f = {f:.4g}). 더 작은 η를 시도해 보십시오.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="210"/>
        <source>Could not start: f or its gradient is not a finite number at ({x0:.4g}, {x1:.4g}).</source>
        <translation>시작할 수 없습니다: ({x0:.4g}, {x1:.4g})에서 f 또는 그 기울기가 유한한 수가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="212"/>
        <source>Unbounded below: f fell from {f_start:.3g} to {f_end:.3g} and kept falling as the run left the view, so the function has no minimum that way and a smaller η would not help.</source>
        <translation>하한이 없습니다: 실행이 보기 범위를 벗어나는 동안 f가 {f_start:.3g}에서 {f_end:.3g}까지 떨어지고도 계속 떨어졌으므로, 그 방향에는 최솟값이 없고 η를 줄여도 소용없습니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="215"/>
        <source>Gradient lost: the numerical gradient became exactly 0 at |x| = {x_abs:.3g}, because beyond about {limit:.2g} x ± h equals x in floating point for h = {h:.3g}; a larger h or the analytic gradient would go on.</source>
        <translation>기울기 소실: |x| = {x_abs:.3g}에서 수치 기울기가 정확히 0이 되었습니다. 약 {limit:.2g} 너머에서는 h = {h:.3g}일 때 부동소수점으로 x ± h가 x와 같아지기 때문입니다. 더 큰 h나 해석적 기울기라면 계속 나아갔을 것입니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="219"/>
        <source>Gradient lost after f grew from {f_start:.3g} to {f_end:.3g}: at |x| = {x_abs:.3g} the numerical gradient became exactly 0, because beyond about {limit:.2g} x ± h equals x in floating point for h = {h:.3g}; a larger h or the analytic gradient would go on diverging.</source>
        <translation>f가 {f_start:.3g}에서 {f_end:.3g}까지 커진 뒤 기울기가 소실되었습니다: |x| = {x_abs:.3g}에서 수치 기울기가 정확히 0이 되었습니다. 약 {limit:.2g} 너머에서는 h = {h:.3g}일 때 부동소수점으로 x ± h가 x와 같아지기 때문입니다. 더 큰 h나 해석적 기울기라면 계속 발산했을 것입니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="223"/>
        <source>Barely moved: by step {steps} it had gone only {distance:.2g} in a view {size:.3g} across; a larger η or more steps would get further.</source>
        <translation>거의 움직이지 않았습니다: 폭이 {size:.3g}인 보기 범위에서 {steps}단계까지 {distance:.2g}만큼만 이동했습니다. η를 키우거나 단계를 늘리면 더 멀리 갈 것입니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="226"/>
        <source>Still descending when the step limit ({steps}) was reached: it moved {distance:.3g} and f fell from {f_start:.4g} to {f_end:.4g}; more steps would go on.</source>
        <translation>단계 한도({steps})에 이르렀을 때 아직 하강 중이었습니다: {distance:.3g}만큼 이동했고 f는 {f_start:.4g}에서 {f_end:.4g}까지 떨어졌습니다. 단계를 늘리면 계속 내려갈 것입니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="229"/>
        <source>Out of steps at step {steps} without settling: it moved {distance:.3g}, f went from {f_start:.4g} to {f_end:.4g}, and |∇f| is still {grad:.2g}.</source>
        <translation>{steps}단계에서 자리 잡지 못한 채 단계가 소진되었습니다: {distance:.3g}만큼 이동했고, f는 {f_start:.4g}에서 {f_end:.4g}까지 바뀌었으며, |∇f|는 아직 {grad:.2g}입니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="232"/>
        <source>Cancelled at step {steps} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}.</source>
        <translation>{steps}단계에서 취소되었습니다: ({x0:.4g}, {x1:.4g}), f = {f:.4g}.</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="235"/>
        <source>At the start λmax = {lam_max:.3g}: plain gradient descent is stable there for η &lt; 2/λmax = {eta_max:.3g}; suggested η = {suggested:.3g} (1/λmax over the part of the view below the start).</source>
        <translation>시작점에서 λmax = {lam_max:.3g}: 그곳에서 단순한 경사 하강법은 η &lt; 2/λmax = {eta_max:.3g}일 때 안정적입니다. 권장 η = {suggested:.3g} (보기 범위 중 시작점보다 낮은 부분에서의 1/λmax).</translation>
    </message>
    <message>
        <location filename="../../numerics/diagnosis.py" line="238"/>
        <source>At the start f does not curve upward (λmax = {lam_max:.3g}), so no η is too large there; suggested η = {suggested:.3g} (1/λmax over the part of the view below the start).</source>
        <translation>시작점에서 f가 위로 휘지 않으므로(λmax = {lam_max:.3g}) 그곳에서는 너무 큰 η가 없습니다. 권장 η = {suggested:.3g} (보기 범위 중 시작점보다 낮은 부분에서의 1/λmax).</translation>
    </message>
    <message>
        <location filename="../../numerics/differentiation.py" line="35"/>
        <source>unknown difference scheme {name}; choose one of {choices}</source>
        <extracomment>The book&apos;s step (ch. 4.1): small enough for truncation, large enough to survive rounding. The complex step&apos;s default: it has no subtractive cancellation, so h can be tiny and the result exact to rounding (error ~h²·f‴, far below eps at 1e−20). What ``h=None`` means for each scheme. An explicit h is always used as given, by every scheme.</extracomment>
        <translation>알 수 없는 차분 방식 {name}. 다음 중에서 고르십시오: {choices}</translation>
    </message>
    <message>
        <location filename="../../numerics/differentiation.py" line="36"/>
        <source>complex-step differentiation needs an f that accepts complex input; choose another scheme</source>
        <translation>복소 스텝 미분에는 복소수 입력을 받는 f가 필요합니다. 다른 방식을 고르십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="128"/>
        <source>{reason} at column {column} — {hint}</source>
        <extracomment>Longest formula accepted, in characters: far beyond anything a learner types, small enough that the parser&apos;s cost is negligible. Most expression nodes (numbers, names, operators, calls) in one formula. Deepest bracket nesting, checked on the normalised text before the parser sees it. Deepest expression tree after parsing (catches ``------x0`` chains that have no brackets). At least MAX_NODES / 2 so that a long plain sum is reported as &quot;too long&quot;, not as &quot;too deeply nested&quot;. name → (numpy ufunc, number of arguments). Aliases spell the same ufunc the way calculators and the ``math`` module do, so learners coming from either find their name. Functions that are not complex-analytic (or that numpy does not define for complex input): a formula using one of them cannot be differentiated with the complex-step scheme. Every bare name a formula may use (variables first, then constants).</extracomment>
        <translation>{reason}({column}번째 글자) — {hint}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="129"/>
        <source>{reason} at column {column}</source>
        <translation>{reason}({column}번째 글자)</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="130"/>
        <source>{reason} — {hint}</source>
        <translation>{reason} — {hint}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="132"/>
        <source>enter a formula in x0 and x1</source>
        <translation>x0과 x1로 된 수식을 입력하십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="133"/>
        <source>the formula must be text</source>
        <translation>수식은 텍스트여야 합니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="134"/>
        <source>the formula is too long ({length} characters)</source>
        <translation>수식이 너무 깁니다({length}자)</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="135"/>
        <source>the limit is {limit}</source>
        <translation>최대 {limit}자까지입니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="136"/>
        <source>the formula is too long</source>
        <translation>수식이 너무 깁니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="137"/>
        <source>use at most {limit} numbers, names and operators</source>
        <translation>수, 이름, 연산자를 합쳐 {limit}개 이하로 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="138"/>
        <source>the formula is nested too deeply</source>
        <translation>수식의 중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="139"/>
        <source>use at most {limit} levels of brackets</source>
        <translation>괄호는 {limit}단계까지만 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="140"/>
        <source>use at most {limit} levels</source>
        <translation>{limit}단계까지만 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="141"/>
        <source>the formula is too complicated</source>
        <translation>수식이 너무 복잡합니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="142"/>
        <source>simplify it</source>
        <translation>더 간단하게 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="143"/>
        <source>the formula contains characters that cannot be read</source>
        <translation>수식에 읽을 수 없는 문자가 있습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="146"/>
        <source>the character &apos;{char}&apos; ({label}) is not allowed</source>
        <translation>쓸 수 없는 문자입니다: &apos;{char}&apos; ({label})</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="147"/>
        <source>the character {label} is not allowed</source>
        <translation>쓸 수 없는 문자입니다: {label}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="148"/>
        <source>the text holds a broken character ({label})</source>
        <translation>텍스트에 깨진 문자가 있습니다({label})</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="149"/>
        <source>it is not valid Unicode (a lone surrogate, e.g. from bytes that were not UTF-8); retype the formula</source>
        <translation>올바른 유니코드가 아닙니다(짝 없는 서로게이트, 예를 들어 UTF-8이 아니었던 바이트에서 온 것). 수식을 다시 입력하십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="153"/>
        <source>use plain digits, letters and + - * / ** ( )</source>
        <translation>일반 숫자, 영문자와 + - * / ** ( )를 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="154"/>
        <source>type a plain &apos;{plain}&apos; instead</source>
        <translation>대신 일반 문자로 입력하십시오: &apos;{plain}&apos;</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="155"/>
        <source>retype the formula</source>
        <translation>수식을 다시 입력하십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="156"/>
        <source>&apos;√&apos; needs brackets here</source>
        <translation>여기서는 &apos;√&apos; 뒤에 괄호가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="157"/>
        <source>write what the root covers in brackets, e.g. √(x0) or √(x0**2)</source>
        <translation>제곱근이 덮는 부분을 괄호로 묶으십시오. 예: √(x0) 또는 √(x0**2)</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="158"/>
        <source>comments (#) are not allowed</source>
        <translation>주석(#)은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="159"/>
        <source>a formula is one expression: remove the # and what follows it</source>
        <translation>수식은 하나의 식입니다. #과 그 뒤를 지우십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="162"/>
        <source>this bracket is never closed</source>
        <translation>이 괄호가 닫히지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="163"/>
        <source>add the missing &apos;)&apos;</source>
        <translation>빠진 &apos;)&apos; 괄호를 추가하십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="164"/>
        <source>this closing bracket has no opening bracket</source>
        <translation>이 닫는 괄호에 짝이 되는 여는 괄호가 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="165"/>
        <source>remove it or add the missing &apos;(&apos;</source>
        <translation>이 괄호를 지우거나 빠진 &apos;(&apos; 괄호를 추가하십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="166"/>
        <source>the brackets do not match</source>
        <translation>괄호의 짝이 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="167"/>
        <source>use round brackets ( ) only</source>
        <translation>소괄호 ( )만 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="168"/>
        <source>text in quotes is not allowed</source>
        <translation>따옴표 안의 텍스트는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="169"/>
        <source>a number is followed directly by a name or bracket</source>
        <translation>수 바로 뒤에 이름이나 괄호가 이어집니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="170"/>
        <source>write * for multiplication, e.g. {number}*{follower}</source>
        <translation>곱셈은 *로 쓰십시오. 예: {number}*{follower}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="171"/>
        <source>the formula ends too early</source>
        <translation>수식이 너무 일찍 끝납니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="172"/>
        <source>something is missing at the end</source>
        <translation>끝에 무언가 빠졌습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="173"/>
        <source>this number is not written correctly</source>
        <translation>이 수가 올바르게 쓰이지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="174"/>
        <source>write numbers like 2, 0.5 or 1e-3</source>
        <translation>수는 2, 0.5, 1e-3처럼 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="175"/>
        <source>the formula cannot be read here</source>
        <translation>여기서 수식을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="176"/>
        <source>check for a missing operator or bracket</source>
        <translation>빠진 연산자나 괄호가 없는지 확인하십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="179"/>
        <source>unsupported operator &apos;{symbol}&apos;</source>
        <translation>지원하지 않는 연산자 &apos;{symbol}&apos;</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="180"/>
        <source>use ** for powers (x0**2); ^ is not a power here</source>
        <translation>거듭제곱은 **로 쓰십시오(x0**2). 여기서 ^는 거듭제곱이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="181"/>
        <source>use floor(a / b) for a rounded-down division</source>
        <translation>내림 나눗셈은 floor(a / b)로 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="182"/>
        <source>the remainder operator is not supported</source>
        <translation>나머지 연산자는 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="183"/>
        <source>a formula works on numbers, use * to multiply</source>
        <translation>수식은 수를 다룹니다. 곱셈은 *로 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="184"/>
        <source>bitwise operators are not supported</source>
        <translation>비트 연산자는 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="185"/>
        <source>bitwise operators are not supported; use abs(...) for absolute values</source>
        <translation>비트 연산자는 지원하지 않습니다. 절댓값은 abs(...)로 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="188"/>
        <source>&apos;not&apos; is not allowed</source>
        <translation>&apos;not&apos;은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="189"/>
        <source>&apos;~&apos; is not allowed</source>
        <translation>&apos;~&apos; 기호는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="190"/>
        <source>use - to negate a value</source>
        <translation>부호를 바꾸려면 -를 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="191"/>
        <source>indexing with [ ] is not allowed</source>
        <translation>[ ]로 인덱싱할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="192"/>
        <source>write x0 and x1, not x[0] and x[1]</source>
        <translation>x[0], x[1]이 아니라 x0, x1로 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="193"/>
        <source>a comma is not allowed here</source>
        <translation>여기에는 쉼표를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="194"/>
        <source>a formula is one expression; write decimals with a point (0.5, not 0,5)</source>
        <translation>수식은 하나의 식입니다. 소수는 점으로 쓰십시오(0,5가 아니라 0.5)</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="197"/>
        <source>&apos;{construct}&apos; is not allowed in a formula</source>
        <translation>수식에서 쓸 수 없는 구문입니다: &apos;{construct}&apos;</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="198"/>
        <source>comparisons (&lt;, &gt;, ==, …) are not allowed</source>
        <translation>비교(&lt;, &gt;, ==, …)는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="199"/>
        <source>&apos;and&apos; / &apos;or&apos; are not allowed</source>
        <translation>&apos;and&apos; / &apos;or&apos;는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="200"/>
        <source>&apos;if … else&apos; is not allowed</source>
        <translation>&apos;if … else&apos;는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="201"/>
        <source>lambda functions are not allowed</source>
        <translation>lambda 함수는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="202"/>
        <source>&apos;:=&apos; (assignment) is not allowed</source>
        <translation>&apos;:=&apos;(대입)은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="203"/>
        <source>&apos;*&apos; unpacking is not allowed</source>
        <translation>&apos;*&apos; 언패킹은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="204"/>
        <source>lists [ … ] are not allowed</source>
        <translation>리스트([ … ])는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="206"/>
        <source>sets {{ … }} are not allowed</source>
        <translation>집합({{ … }})은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="207"/>
        <source>dictionaries {{ … : … }} are not allowed</source>
        <translation>딕셔너리({{ … : … }})는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="208"/>
        <source>list comprehensions are not allowed</source>
        <translation>리스트 컴프리헨션은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="209"/>
        <source>set comprehensions are not allowed</source>
        <translation>집합 컴프리헨션은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="210"/>
        <source>dictionary comprehensions are not allowed</source>
        <translation>딕셔너리 컴프리헨션은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="211"/>
        <source>&apos;for&apos; loops are not allowed</source>
        <translation>&apos;for&apos; 반복문은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="212"/>
        <source>f-strings are not allowed</source>
        <translation>f-문자열은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="213"/>
        <source>&apos;await&apos; is not allowed</source>
        <translation>&apos;await&apos;는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="214"/>
        <source>&apos;yield&apos; is not allowed</source>
        <translation>&apos;yield&apos;는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="215"/>
        <source>slices are not allowed</source>
        <translation>슬라이스는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="216"/>
        <source>{value} is not a number</source>
        <translation>수가 아닙니다: {value}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="217"/>
        <source>a formula may only use numbers</source>
        <translation>수식에는 수만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="218"/>
        <source>complex numbers (with j) are not supported</source>
        <translation>복소수(j 포함)는 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="219"/>
        <source>&apos;...&apos; is not allowed</source>
        <translation>&apos;...&apos; 기호는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="222"/>
        <source>&apos;{name}&apos; is a function</source>
        <translation>&apos;{name}&apos;: 변수가 아니라 함수입니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="223"/>
        <source>write {name}(…) with its argument</source>
        <translation>인수를 넣어 {name}(…)처럼 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="224"/>
        <source>unknown name &apos;{name}&apos;</source>
        <translation>알 수 없는 이름 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="225"/>
        <source>use x0 and x1</source>
        <translation>x0과 x1을 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="226"/>
        <source>did you mean &apos;{suggestion}&apos;? The variables are x0 and x1</source>
        <translation>혹시 &apos;{suggestion}&apos;입니까? 변수는 x0과 x1입니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="229"/>
        <source>&apos;.&apos; (attribute access) is not allowed</source>
        <translation>&apos;.&apos;(속성 접근)은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="230"/>
        <source>write {name}(…) without a prefix</source>
        <translation>접두어 없이 {name}(…)처럼 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="231"/>
        <source>only a function name can be followed by &apos;(&apos;</source>
        <translation>&apos;(&apos; 앞에는 함수 이름만 올 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="232"/>
        <source>write * for multiplication, e.g. 2*(x0 + 1)</source>
        <translation>곱셈은 *로 쓰십시오. 예: 2*(x0 + 1)</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="233"/>
        <source>&apos;{name}&apos; is not a function</source>
        <translation>&apos;{name}&apos;: 함수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="234"/>
        <source>write * for multiplication, e.g. {name}*(…)</source>
        <translation>곱셈은 *로 쓰십시오. 예: {name}*(…)</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="235"/>
        <source>unknown function &apos;{name}&apos;</source>
        <translation>알 수 없는 함수 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="236"/>
        <source>allowed functions: {allowed}</source>
        <translation>쓸 수 있는 함수: {allowed}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="237"/>
        <source>did you mean &apos;{suggestion}&apos;? allowed functions: {allowed}</source>
        <translation>혹시 &apos;{suggestion}&apos;입니까? 쓸 수 있는 함수: {allowed}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="240"/>
        <source>named arguments (name=value) are not allowed</source>
        <translation>이름 있는 인수(name=value)는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="241"/>
        <source>write {name}(…) with plain values</source>
        <translation>{name}(…)에는 이름 없이 값만 넣으십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="242"/>
        <source>{name} takes 1 argument, got {got}</source>
        <translation>{name}: 인수는 1개여야 하는데 {got}개입니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="243"/>
        <source>{name} takes {count} arguments, got {got}</source>
        <translation>{name}: 인수는 {count}개여야 하는데 {got}개입니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="244"/>
        <source>e.g. {example}</source>
        <translation>예: {example}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="247"/>
        <source>the formula did not give a number</source>
        <translation>수식의 결과가 수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="248"/>
        <source>the formula gives complex numbers</source>
        <translation>수식의 결과가 복소수입니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="249"/>
        <source>the formula gives true/false values, not numbers</source>
        <translation>수식의 결과가 수가 아니라 참/거짓 값입니다</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="250"/>
        <source>the complex-step scheme cannot differentiate {functions}</source>
        <translation>복소 스텝 방식으로는 미분할 수 없는 함수가 있습니다: {functions}</translation>
    </message>
    <message>
        <location filename="../../numerics/formula.py" line="253"/>
        <source>choose the central scheme for this formula</source>
        <translation>이 수식에는 중심 차분 방식을 고르십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/hyper_text.py" line="14"/>
        <source>{optimizer}: write hyper-parameters as name=value, got “{part}”</source>
        <translation>{optimizer}: 하이퍼파라미터는 name=value 형식으로 쓰십시오(입력값: “{part}”)</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/race.py" line="32"/>
        <source>the learning rate η must be positive, got {lr}</source>
        <translation>학습률 η는 양수여야 합니다(입력값: {lr})</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/race.py" line="33"/>
        <source>the learning rate must be a positive finite number, got {lr}</source>
        <translation>학습률은 유한한 양수여야 합니다(입력값: {lr})</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="24"/>
        <source>Spiral (3 arms)</source>
        <translation>나선 (팔 3개)</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="25"/>
        <source>Two moons</source>
        <translation>두 개의 초승달</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="26"/>
        <source>Circles (a ring around a disc)</source>
        <translation>원 (원판을 둘러싼 고리)</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="27"/>
        <source>XOR (opposite quadrants)</source>
        <translation>XOR (마주 보는 사분면)</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="28"/>
        <source>Gaussian blobs (3)</source>
        <translation>가우스 군집 (3개)</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="29"/>
        <source>Unknown dataset “{name}”; choose one of {choices}.</source>
        <translation>알 수 없는 데이터셋 “{name}”. 다음 중에서 고르십시오: {choices}.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="30"/>
        <source>A dataset needs at least {low} and at most {high} samples, not {value}.</source>
        <translation>데이터셋의 샘플 수는 {low} 이상 {high} 이하여야 합니다(입력값: {value}).</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="31"/>
        <source>The noise must be a number from 0 to {high}, not {value}.</source>
        <translation>잡음은 0에서 {high} 사이의 수여야 합니다(입력값: {value}).</translation>
    </message>
    <message>
        <location filename="../../numerics/network/datasets.py" line="32"/>
        <source>The test fraction must be at least 0 and below 1, not {value}.</source>
        <translation>시험 데이터의 비율은 0 이상 1 미만이어야 합니다(입력값: {value}).</translation>
    </message>
    <message>
        <location filename="../../numerics/network/download.py" line="60"/>
        <source>Could not download {file} from {url}: {reason}</source>
        <extracomment>The standard files (md5 as published with MNIST; sha256 of the t10k files as in ../shared/data/mnist/README.md).</extracomment>
        <translation>{url}에서 {file} 파일을 내려받을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../numerics/network/download.py" line="61"/>
        <source>Could not download {file} from {url}: the server answered {status} {reason}.</source>
        <translation>{url}에서 {file} 파일을 내려받을 수 없습니다: 서버 응답 {status} {reason}.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/download.py" line="62"/>
        <source>The download of {file} is corrupt: its {algorithm} is {found}, expected {expected}. It was deleted; try again or use another mirror.</source>
        <translation>내려받은 {file} 파일이 손상되었습니다: {algorithm} 값이 {found}이며, {expected}이어야 합니다. 파일을 지웠습니다. 다시 시도하거나 다른 미러를 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/download.py" line="67"/>
        <source>Could not write {file} to {folder}: {reason}</source>
        <translation>{folder}에 {file} 파일을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../numerics/network/download.py" line="68"/>
        <source>The download of {file} stopped after {done} of {total} bytes.</source>
        <translation>{file} 파일 내려받기가 {total}바이트 중 {done}바이트에서 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="26"/>
        <source>Line fit: mean squared error of y = w·x + b</source>
        <translation>직선 맞춤: y = w·x + b의 평균 제곱 오차</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="27"/>
        <source>The loss of a straight line y = w·x + b fitted to the data points, over the plane of its two parameters: x0 is the slope w, x1 the intercept b. The minimum is the least-squares line.</source>
        <translation>데이터 점에 맞춘 직선 y = w·x + b의 손실을 두 매개변수의 평면 위에 나타낸 것입니다: x0은 직선의 기울기 w, x1은 절편 b입니다. 최솟값이 최소제곱 직선입니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="32"/>
        <source>least-squares line</source>
        <translation>최소제곱 직선</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="33"/>
        <source>A line fit needs at least 2 points with different x, got {points}.</source>
        <translation>직선 맞춤에는 x가 서로 다른 점이 2개 이상 필요합니다(입력값: {points}).</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="34"/>
        <source>The batch size must be a whole number from 1 to {points} (the number of points), not {value}.</source>
        <translation>배치 크기는 1에서 {points}(점의 개수) 사이의 정수여야 합니다(입력값: {value}).</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="35"/>
        <source>Give a positive number of steps or of epochs, not {value}.</source>
        <translation>단계 수나 에폭 수는 양수로 지정하십시오(입력값: {value}).</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="36"/>
        <location filename="../../numerics/network/training.py" line="44"/>
        <source>The optimizer settings cannot be used: {reason}</source>
        <translation>옵티마이저 설정을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../numerics/network/line_fit.py" line="37"/>
        <source>Unknown sampling “{value}”; choose “replacement” or “shuffle”.</source>
        <translation>알 수 없는 샘플링 방식 “{value}”. “replacement” 또는 “shuffle”을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="55"/>
        <source>MNIST handwritten digits</source>
        <extracomment>The split of the 10,000 test images when they are all there is. The fixed shuffle before that split: the t10k file holds its two writer populations (Census staff, students) in two halves, so a plain first-8,000/last-2,000 cut would test on one of them. Largest file we will decompress (the real training images are 47 MB unpacked).</extracomment>
        <translation>MNIST 손글씨 숫자</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="56"/>
        <source>MNIST: {train} training and {test} test images from {folder}.</source>
        <translation>MNIST: {folder}의 훈련 이미지 {train}장과 시험 이미지 {test}장.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="57"/>
        <source>Only the 10,000 MNIST test images were found in {folder}: {train} of them are used for training and {test} for testing.</source>
        <translation>{folder}에서 MNIST 시험 이미지 10,000장만 찾았습니다: 그중 {train}장을 훈련에, {test}장을 시험에 씁니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="62"/>
        <source>The MNIST folder {folder} does not exist.</source>
        <translation>MNIST 폴더가 없습니다: {folder}</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="63"/>
        <source>{folder} has no MNIST files: {file} is missing.</source>
        <translation>{folder}에 MNIST 파일이 없습니다: {file} 파일이 빠져 있습니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="64"/>
        <source>{file} is missing from {folder} (its partner {other} is there); add it or remove the partner.</source>
        <translation>{folder}에 {file} 파일이 없습니다(짝인 {other} 파일은 있습니다). 파일을 추가하거나 짝 파일을 지우십시오.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="66"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="67"/>
        <source>{file} is not a gzip file (the MNIST files end in .gz and are compressed).</source>
        <translation>{file}: gzip 파일이 아닙니다(MNIST 파일은 .gz로 끝나는 압축 파일입니다).</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="68"/>
        <source>{file} is damaged or incomplete (the compressed data ends early or is corrupt); download it again.</source>
        <translation>{file} 파일이 손상되었거나 불완전합니다(압축 데이터가 일찍 끝나거나 깨져 있습니다). 다시 내려받으십시오.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="69"/>
        <source>{file} unpacks to more than {limit} MB; it is not an MNIST file.</source>
        <translation>{file} 파일은 압축을 풀면 {limit}MB가 넘습니다. MNIST 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="70"/>
        <source>{file} is too short to be an IDX file ({size} bytes).</source>
        <translation>{file} 파일은 IDX 파일이라기에는 너무 짧습니다({size}바이트).</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="71"/>
        <source>{file} is not an MNIST {kind} file: its magic number is 0x{found:08x}, expected 0x{expected:08x}.</source>
        <translation>{file}: MNIST {kind} 파일이 아닙니다. 매직 넘버가 0x{found:08x}이며, 0x{expected:08x}이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="73"/>
        <source>{file} holds images of {rows}×{cols} pixels; MNIST images are 28×28.</source>
        <translation>{file} 파일의 이미지는 {rows}×{cols}픽셀입니다. MNIST 이미지는 28×28입니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="75"/>
        <source>{file} promises {count} items ({expected} bytes of data) but holds {actual} bytes.</source>
        <translation>{file} 파일은 항목 {count}개({expected}바이트 분량의 데이터)라고 되어 있지만 실제로는 {actual}바이트입니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="77"/>
        <source>{file} contains the label {label}; MNIST labels are 0 to 9.</source>
        <translation>{file} 파일에 잘못된 레이블이 있습니다: {label}. MNIST 레이블은 0에서 9까지입니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="78"/>
        <source>{images} holds {n_images} images but {labels} holds {n_labels} labels.</source>
        <translation>{images} 파일에는 이미지가 {n_images}장, {labels} 파일에는 레이블이 {n_labels}개 있어 수가 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="79"/>
        <source>{file} holds {count} images; splitting it into training and test sets needs {need}.</source>
        <translation>{file} 파일의 이미지는 {count}장입니다. 훈련 데이터와 시험 데이터로 나누려면 {need}장이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="81"/>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../../numerics/network/mnist.py" line="82"/>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../../numerics/network/training.py" line="40"/>
        <source>The number of iterations must be a whole number from 1 to {high}, not {value}.</source>
        <extracomment>How the gradient of each mini-batch is computed: the chain rule, the book&apos;s element-by-element numerical loop (≈11 s per iteration for 784-50-10), or the same differences organised (``numerics.network.fast_gradient``). How mini-batches are drawn: ``batch_size`` indices with replacement each time (the book), or consecutive slices of a reshuffled order, so every sample is seen once per pass.</extracomment>
        <translation>반복 횟수는 1에서 {high} 사이의 정수여야 합니다(입력값: {value}).</translation>
    </message>
    <message>
        <location filename="../../numerics/network/training.py" line="41"/>
        <source>The batch size must be a whole number of at least 1, not {value}.</source>
        <translation>배치 크기는 1 이상의 정수여야 합니다(입력값: {value}).</translation>
    </message>
    <message>
        <location filename="../../numerics/network/training.py" line="42"/>
        <source>Unknown gradient method “{value}”; choose one of {choices}.</source>
        <translation>알 수 없는 기울기 계산 방법 “{value}”. 다음 중에서 고르십시오: {choices}.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/training.py" line="43"/>
        <source>Unknown sampling “{value}”; choose one of {choices}.</source>
        <translation>알 수 없는 샘플링 방식 “{value}”. 다음 중에서 고르십시오: {choices}.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/training.py" line="45"/>
        <source>The data has {data} inputs per sample but the network expects {net}.</source>
        <translation>데이터는 샘플당 입력이 {data}개인데 신경망은 {net}개를 기대합니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/network/training.py" line="46"/>
        <source>The training data is empty.</source>
        <translation>훈련 데이터가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="42"/>
        <source>type a number</source>
        <extracomment>The minus sign numbers are shown with (U+2212): the hyphen-minus is too short to read. What an undefined value (NaN, ``None``) is shown as.</extracomment>
        <translation>수를 입력하십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="43"/>
        <source>{name}: type a number</source>
        <translation>{name}: 수를 입력하십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="44"/>
        <source>“{text}” is not a number; type e.g. 0.1, −3 or 1e−3</source>
        <translation>수가 아닙니다(“{text}”). 0.1, −3, 1e−3처럼 입력하십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="45"/>
        <source>{name}: “{text}” is not a number; type e.g. 0.1, −3 or 1e−3</source>
        <translation>{name}: 수가 아닙니다(“{text}”). 0.1, −3, 1e−3처럼 입력하십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="46"/>
        <source>“{text}” is not a finite number</source>
        <translation>유한한 수가 아닙니다(“{text}”)</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="47"/>
        <source>{name} must be a finite number, not “{text}”</source>
        <translation>{name}: 유한한 수여야 합니다(입력값: “{text}”)</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="48"/>
        <source>“{text}” is too large: the largest number is about 1.8e308</source>
        <translation>너무 큰 수입니다(“{text}”). 가장 큰 수는 약 1.8e308입니다</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="49"/>
        <source>{name}: “{text}” is too large: the largest number is about 1.8e308</source>
        <translation>{name}: 너무 큰 수입니다(“{text}”). 가장 큰 수는 약 1.8e308입니다</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="50"/>
        <source>“{text}” is too close to 0: it would be rounded to 0 (the smallest is about 5e−324)</source>
        <translation>0에 너무 가깝습니다(“{text}”). 0으로 반올림됩니다(가장 작은 수는 약 5e−324)</translation>
    </message>
    <message>
        <location filename="../../numerics/numbers.py" line="51"/>
        <source>{name}: “{text}” is too close to 0: it would be rounded to 0 (the smallest is about 5e−324)</source>
        <translation>{name}: 0에 너무 가깝습니다(“{text}”). 0으로 반올림됩니다(가장 작은 수는 약 5e−324)</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/step_inspector.py" line="24"/>
        <source>This step overflows: the run diverged. At {x}, where these steps started, λmax = {lam_max:.3g}, so plain gradient descent is stable there only for η &lt; 2/λmax = {eta_max:.3g}; try a smaller η. The optimizer was reset.</source>
        <translation>이 단계에서 오버플로가 일어납니다: 실행이 발산했습니다. 이 단계들이 시작된 {x}에서 λmax = {lam_max:.3g}이므로, 단순한 경사 하강법은 그곳에서 η &lt; 2/λmax = {eta_max:.3g}일 때만 안정적입니다. 더 작은 η를 시도해 보십시오. 옵티마이저를 초기화했습니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/step_inspector.py" line="28"/>
        <source>This step overflows: the run diverged; try a smaller η. The optimizer was reset.</source>
        <translation>이 단계에서 오버플로가 일어납니다: 실행이 발산했습니다. 더 작은 η를 시도해 보십시오. 옵티마이저를 초기화했습니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/step_inspector.py" line="30"/>
        <source>∇f is not finite at {x}; pick another point</source>
        <translation>{x}에서 ∇f가 유한하지 않습니다. 다른 점을 고르십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/step_inspector.py" line="33"/>
        <source>step {step}:  x = {x},  f(x) = {f}</source>
        <translation>{step}단계:  x = {x},  f(x) = {f}</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/step_inspector.py" line="34"/>
        <source>      = {x_new}   (update −η·∇f = {update})</source>
        <translation>      = {x_new}   (갱신량 −η·∇f = {update})</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/step_inspector.py" line="35"/>
        <source>x_new = {x_new}   (update {update})</source>
        <translation>x_new = {x_new}   (갱신량 {update})</translation>
    </message>
    <message>
        <location filename="../../numerics/basins.py" line="28"/>
        <source>minimum {number} (found)</source>
        <extracomment>Labels of attractors the basin map found itself (not among the objective&apos;s critical points).</extracomment>
        <translation>극솟값 {number} (찾음)</translation>
    </message>
    <message>
        <location filename="../../numerics/basins.py" line="29"/>
        <source>saddle {number} (found)</source>
        <translation>안장점 {number} (찾음)</translation>
    </message>
    <message>
        <location filename="../../numerics/basins.py" line="30"/>
        <source>maximum {number} (found)</source>
        <translation>극댓값 {number} (찾음)</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/basin_legend.py" line="44"/>
        <source>diverged (left the view ×1000 or overflowed)</source>
        <extracomment>Grid size of the default map (the issue asks for at least 200 × 200). Words for the special labels of ``BasinMap``: (kind, the legend&apos;s English text).</extracomment>
        <translation>발산 (보기 범위의 1000배 밖으로 나갔거나 오버플로)</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/basin_legend.py" line="45"/>
        <source>not converged (out of steps)</source>
        <translation>수렴하지 않음 (단계 소진)</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/basin_legend.py" line="46"/>
        <source>stalled on a flat region (∇f = 0, no critical point)</source>
        <translation>평평한 영역에서 멈춤 (∇f = 0, 임계점 아님)</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/comparison.py" line="28"/>
        <source>the start must have finite coordinates, got {start}</source>
        <translation>시작점의 좌표는 유한한 수여야 합니다(입력값: {start})</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/comparison.py" line="29"/>
        <source>the learning rate must be positive and finite, got {lr}</source>
        <translation>학습률은 유한한 양수여야 합니다(입력값: {lr})</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="30"/>
        <source>forward  (f(x+h) − f(x)) / h</source>
        <extracomment>The h slider&apos;s range (the book&apos;s 1e-50 example at the bottom). The book&apos;s step. Scheme names as the lab shows them (English; :func:`scheme_title` gives the translatable one).</extracomment>
        <translation>전방 차분  (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="31"/>
        <source>backward  (f(x) − f(x−h)) / h</source>
        <translation>후방 차분  (f(x) − f(x−h)) / h</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="32"/>
        <source>central  (f(x+h) − f(x−h)) / 2h</source>
        <translation>중심 차분  (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="34"/>
        <source>complex step  Im f(x+ih) / h</source>
        <translation>복소 스텝  Im f(x+ih) / h</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="37"/>
        <source>exact</source>
        <translation>정확한 값</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="38"/>
        <source>reference (complex step)</source>
        <translation>기준값 (복소 스텝)</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="39"/>
        <source>reference (Richardson, h = 1e-3)</source>
        <translation>기준값 (Richardson, h = 1e-3)</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="40"/>
        <source>In {precision}, numbers near x = {x:g} are {spacing:.1e} apart, so any h below {half:.1e} (like the book&apos;s 1e−50) leaves x + h == x: f(x + h) − f(x) is exactly 0 and so is the derivative.</source>
        <translation>{precision}에서 x = {x:g} 근처의 수들은 {spacing:.1e} 간격으로 떨어져 있으므로, {half:.1e}보다 작은 h(책의 1e−50처럼)에서는 x + h == x가 됩니다: f(x + h) − f(x)가 정확히 0이고 미분도 0입니다.</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="43"/>
        <source>slope {order}</source>
        <translation>기울기 {order}</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="44"/>
        <source>the x range must be two finite numbers, low &lt; high; got {domain}</source>
        <translation>x 범위는 하한 &lt; 상한인 유한한 수 두 개여야 합니다(입력값: {domain})</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="45"/>
        <source>type a formula in x, e.g. 0.01*x**2 + 0.1*x</source>
        <translation>x로 된 수식을 입력하십시오. 예: 0.01*x**2 + 0.1*x</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="46"/>
        <source>this lab&apos;s functions have one variable: write x, not x0 or x1</source>
        <translation>이 실험의 함수는 변수가 하나입니다. x0이나 x1이 아니라 x로 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="90"/>
        <source>The book&apos;s function_1</source>
        <extracomment>Order of the truncation error of each scheme (error ∝ h^order while rounding is negligible).</extracomment>
        <translation>책의 function_1</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="92"/>
        <source>Sine</source>
        <translation>사인 함수</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="93"/>
        <source>Exponential</source>
        <translation>지수 함수</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="94"/>
        <source>Cubic</source>
        <translation>3차 함수</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="96"/>
        <source>Natural logarithm</source>
        <translation>자연로그</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/derivative.py" line="97"/>
        <source>Square root</source>
        <translation>제곱근</translation>
    </message>
    <message>
        <location filename="../../numerics/labs/partials.py" line="27"/>
        <location filename="../../numerics/labs/step_inspector.py" line="31"/>
        <source>the point must have finite coordinates, got {point}</source>
        <extracomment>The book&apos;s example point. The book&apos;s function (x0² + x1², the catalogue&apos;s sphere), scheme and step for this experiment.</extracomment>
        <translation>점의 좌표는 유한한 수여야 합니다(입력값: {point})</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="23"/>
        <source>learning rate η must be a positive number, got {lr:g}</source>
        <translation>학습률 η는 양수여야 합니다(입력값: {lr:g})</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="24"/>
        <source>{optimizer} has no hyper-parameter {name} (it takes: {known})</source>
        <translation>{optimizer}에는 {name} 하이퍼파라미터가 없습니다(사용 가능: {known})</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="25"/>
        <source>{optimizer} has no hyper-parameter {name} (it takes none besides η)</source>
        <translation>{optimizer}에는 {name} 하이퍼파라미터가 없습니다(η 외에는 받지 않습니다)</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="26"/>
        <source>unknown optimizer {name}; choose one of {choices}</source>
        <translation>알 수 없는 옵티마이저 {name}. 다음 중에서 고르십시오: {choices}</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="27"/>
        <source>α: how much of the last step is kept</source>
        <translation>α: 직전 걸음을 얼마나 유지할지</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="28"/>
        <source>ρ: how slowly old squared gradients fade</source>
        <translation>ρ: 예전 기울기 제곱이 얼마나 천천히 사라질지</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="29"/>
        <source>β₁: decay of the first moment (mean gradient)</source>
        <translation>β₁: 1차 모멘트(기울기의 평균)의 감쇠율</translation>
    </message>
    <message>
        <location filename="../../numerics/optimizers.py" line="30"/>
        <source>β₂: decay of the second moment (mean squared gradient)</source>
        <translation>β₂: 2차 모멘트(기울기 제곱의 평균)의 감쇠율</translation>
    </message>
</context>
</TS>
