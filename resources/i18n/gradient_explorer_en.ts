<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BasinsLab</name>
    <message numerus="yes">
        <source>%n starts</source>
        <translation>
            <numerusform>%n start</numerusform>
            <numerusform>%n starts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more found points reached by %1 (%2, unlabelled)</source>
        <translation>
            <numerusform>%n more found point reached by %1 (%2, unlabelled)</numerusform>
            <numerusform>%n more found points reached by %1 (%2, unlabelled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, η = %2, %n steps, %3</source>
        <translation>
            <numerusform>%1, η = %2, %n step, %3</numerusform>
            <numerusform>%1, η = %2, %n steps, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message numerus="yes">
        <source>%1 η=%2%3, ≤%n steps</source>
        <translation>
            <numerusform>%1 η=%2%3, ≤%n step</numerusform>
            <numerusform>%1 η=%2%3, ≤%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message numerus="yes">
        <source>%n undefined values not drawn</source>
        <translation>
            <numerusform>%n undefined value not drawn</numerusform>
            <numerusform>%n undefined values not drawn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Swarm of %n starts released (runs %1–%2)</source>
        <translation>
            <numerusform>Swarm of %n start released (runs %1–%2)</numerusform>
            <numerusform>Swarm of %n starts released (runs %1–%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Swarm of %n runs (%1–%2) ended — %3.</source>
        <translation>
            <numerusform>Swarm of %n run (%1–%2) ended — %3.</numerusform>
            <numerusform>Swarm of %n runs (%1–%2) ended — %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkPlots</name>
    <message numerus="yes">
        <source>average of %n iterations</source>
        <translation>
            <numerusform>average of %n iteration</numerusform>
            <numerusform>average of %n iterations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptimizersLab</name>
    <message numerus="yes">
        <source>f against the step (%1, %n steps; log scale)</source>
        <translation>
            <numerusform>f against the step (%1, %n step; log scale)</numerusform>
            <numerusform>f against the step (%1, %n steps; log scale)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepInspectorLab</name>
    <message numerus="yes">
        <source>%n steps taken</source>
        <translation>
            <numerusform>%n step taken</numerusform>
            <numerusform>%n steps taken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>numerics</name>
    <message numerus="yes">
        <source>the file name is %n bytes long; this folder allows at most {limit}</source>
        <translation>
            <numerusform>the file name is %n byte long; this folder allows at most {limit}</numerusform>
            <numerusform>the file name is %n bytes long; this folder allows at most {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a whole number of %n digits</source>
        <translation>
            <numerusform>a whole number of %n digit</numerusform>
            <numerusform>a whole number of %n digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a whole number of about %n digits</source>
        <translation>
            <numerusform>a whole number of about %n digit</numerusform>
            <numerusform>a whole number of about %n digits</numerusform>
        </translation>
    </message>
</context>
</TS>
