<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>fleetroi::BalanceSheetView</name>
        <message numerus="yes">
            <source> (%n tranche(s))</source>
            <translation>
                <numerusform> (%n tranche)</numerusform>
                <numerusform> (%n tranches)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Impairments: %1 in %n tranche(s), the first in %2 (ASC 360: book value written down to market value; never reversed).</source>
            <translation>
                <numerusform>Impairments: %1 in %n tranche, the first in %2 (ASC 360: book value written down to market value; never reversed).</numerusform>
                <numerusform>Impairments: %1 in %n tranches, the first in %2 (ASC 360: book value written down to market value; never reversed).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::CsvImportDialog</name>
        <message numerus="yes">
            <source>%n row(s) rejected</source>
            <translation>
                <numerusform>%n row rejected</numerusform>
                <numerusform>%n rows rejected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) to import</source>
            <translation>
                <numerusform>%n row to import</numerusform>
                <numerusform>%n rows to import</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) read</source>
            <translation>
                <numerusform>%n value read</numerusform>
                <numerusform>%n values read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste cells from a spreadsheet or load a CSV file: one value of compute hours per month, or two columns (month, compute hours); %n month(s) are needed.</source>
            <translation>
                <numerusform>Paste cells from a spreadsheet or load a CSV file: one value of compute hours per month, or two columns (month, compute hours); %n month is needed.</numerusform>
                <numerusform>Paste cells from a spreadsheet or load a CSV file: one value of compute hours per month, or two columns (month, compute hours); %n months are needed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::DemandEditor</name>
        <message numerus="yes">
            <source>Pasted %n month(s) of internal demand</source>
            <translation>
                <numerusform>Pasted %n month of internal demand</numerusform>
                <numerusform>Pasted %n months of internal demand</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::DocumentManager</name>
        <message numerus="yes">
            <source>The scenario has %n input problem(s). Fix the fields marked in red before saving.</source>
            <translation>
                <numerusform>The scenario has %n input problem. Fix the fields marked in red before saving.</numerusform>
                <numerusform>The scenario has %n input problems. Fix the fields marked in red before saving.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::KeyFigureInfo</name>
        <message numerus="yes">
            <source>%n month(s)</source>
            <comment>no change of the payback in a comparison</comment>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n month(s)</source>
            <comment>a later payback in a comparison</comment>
            <translation>
                <numerusform>+%n month</numerusform>
                <numerusform>+%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>-%n month(s)</source>
            <comment>an earlier payback in a comparison</comment>
            <translation>
                <numerusform>-%n month</numerusform>
                <numerusform>-%n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::KpiStrip</name>
        <message numerus="yes">
            <source>%n input problem(s): the figures show the last valid inputs. Fix the fields marked in red.</source>
            <translation>
                <numerusform>%n input problem: the figures show the last valid inputs. Fix the fields marked in red.</numerusform>
                <numerusform>%n input problems: the figures show the last valid inputs. Fix the fields marked in red.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ResultsPage</name>
        <message numerus="yes">
            <source>Tranches (%n)</source>
            <translation>
                <numerusform>Tranches (%n)</numerusform>
                <numerusform>Tranches (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::RiskSetupEditor</name>
        <message numerus="yes">
            <source>&lt;b&gt;Monte Carlo set-up&lt;/b&gt; saved with the scenario: %n uncertain driver(s). Run it on the Simulation tab.</source>
            <translation>
                <numerusform>&lt;b&gt;Monte Carlo set-up&lt;/b&gt; saved with the scenario: %n uncertain driver. Run it on the Simulation tab.</numerusform>
                <numerusform>&lt;b&gt;Monte Carlo set-up&lt;/b&gt; saved with the scenario: %n uncertain drivers. Run it on the Simulation tab.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Consistent: %n correlated pair(s).</source>
            <translation>
                <numerusform>Consistent: %n correlated pair.</numerusform>
                <numerusform>Consistent: %n correlated pairs.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioCommands</name>
        <message numerus="yes">
            <source>%n purchase(s) buy %1; remove or change them first.</source>
            <translation>
                <numerusform>%n purchase buy %1; remove or change them first.</numerusform>
                <numerusform>%n purchases buy %1; remove or change them first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Change the book life of %1 to %n month(s) from %2</source>
            <translation>
                <numerusform>Change the book life of %1 to %n month from %2</numerusform>
                <numerusform>Change the book life of %1 to %n months from %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n purchase(s)</source>
            <translation>
                <numerusform>Paste %n purchase</numerusform>
                <numerusform>Paste %n purchases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioTableModel</name>
        <message numerus="yes">
            <source>%n point(s), %1 → %2</source>
            <translation>
                <numerusform>%n point, %1 → %2</numerusform>
                <numerusform>%n points, %1 → %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioView</name>
        <message numerus="yes">
            <source>%n row(s) pasted as purchases (Undo removes them in one step).</source>
            <translation>
                <numerusform>%n row pasted as purchases (Undo removes them in one step).</numerusform>
                <numerusform>%n rows pasted as purchases (Undo removes them in one step).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) refused:</source>
            <translation>
                <numerusform>%n row refused:</numerusform>
                <numerusform>%n rows refused:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n row(s) refused</source>
            <translation>
                <numerusform>; %n row refused</numerusform>
                <numerusform>; %n rows refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n purchase(s) from CSV</source>
            <translation>
                <numerusform>Import %n purchase from CSV</numerusform>
                <numerusform>Import %n purchases from CSV</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n purchase(s)</source>
            <translation>
                <numerusform>Imported %n purchase</numerusform>
                <numerusform>Imported %n purchases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported a demand series of %n month(s)</source>
            <translation>
                <numerusform>Imported a demand series of %n month</numerusform>
                <numerusform>Imported a demand series of %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No row could be pasted; %n row(s) refused:</source>
            <translation>
                <numerusform>No row could be pasted; %n row refused:</numerusform>
                <numerusform>No row could be pasted; %n rows refused:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n purchase(s)</source>
            <translation>
                <numerusform>Pasted %n purchase</numerusform>
                <numerusform>Pasted %n purchases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::WorkspaceBrowser</name>
        <message numerus="yes">
            <source>%1 (%n revision(s))</source>
            <translation>
                <numerusform>%1 (%n revision)</numerusform>
                <numerusform>%1 (%n revisions)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n revision(s); double-click to open the newest</source>
            <translation>
                <numerusform>%n revision; double-click to open the newest</numerusform>
                <numerusform>%n revisions; double-click to open the newest</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::exporting::CsvImport</name>
        <message numerus="yes">
            <source>%n month(s) without a value: %1</source>
            <translation>
                <numerusform>%n month without a value: %1</numerusform>
                <numerusform>%n months without a value: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more values than the %n month(s) of the horizon</source>
            <translation>
                <numerusform>more values than the %n month of the horizon</numerusform>
                <numerusform>more values than the %n months of the horizon</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::ComparisonReport</name>
        <message numerus="yes">
            <source>%1 sellable, %n-month contracts</source>
            <translation>
                <numerusform>%1 sellable, %n-month contracts</numerusform>
                <numerusform>%1 sellable, %n-month contracts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %n month(s)</source>
            <translation>
                <numerusform>%1, %n month</numerusform>
                <numerusform>%1, %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scenario(s) side by side</source>
            <translation>
                <numerusform>%n scenario side by side</numerusform>
                <numerusform>%n scenarios side by side</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>FleetROI comparison of %n scenarios</source>
            <translation>
                <numerusform>FleetROI comparison of %n scenarios</numerusform>
                <numerusform>FleetROI comparison of %n scenarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::ReportBuilder</name>
        <message numerus="yes">
            <source>%1, %n month(s)</source>
            <translation>
                <numerusform>%1, %n month</numerusform>
                <numerusform>%1, %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n path(s), seed %1. NPV distribution of the uncertainty block's drivers.</source>
            <translation>
                <numerusform>%n path, seed %1. NPV distribution of the uncertainty block's drivers.</numerusform>
                <numerusform>%n paths, seed %1. NPV distribution of the uncertainty block's drivers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Other %n impaired tranche(s)</source>
            <translation>
                <numerusform>Other %n impaired tranche</numerusform>
                <numerusform>Other %n impaired tranches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Total, %n tranche(s)</source>
            <translation>
                <numerusform>Total, %n tranche</numerusform>
                <numerusform>Total, %n tranches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: no installed font can draw %n character(s) of this report (%1); they show as empty boxes. Install a font for them (on Debian: fonts-noto-core, fonts-symbola) and make the report again.</source>
            <translation>
                <numerusform>Warning: no installed font can draw %n character of this report (%1); it shows as an empty box. Install a font for it (on Debian: fonts-noto-core, fonts-symbola) and make the report again.</numerusform>
                <numerusform>Warning: no installed font can draw %n characters of this report (%1); they show as empty boxes. Install a font for them (on Debian: fonts-noto-core, fonts-symbola) and make the report again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>capex %1 in %n tranche(s)</source>
            <translation>
                <numerusform>capex %1 in %n tranche</numerusform>
                <numerusform>capex %1 in %n tranches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no payback within the %n-month horizon</source>
            <translation>
                <numerusform>no payback within the %n-month horizon</numerusform>
                <numerusform>no payback within the %n-month horizon</numerusform>
            </translation>
        </message>
    </context>
</TS>
