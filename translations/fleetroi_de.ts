<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>QSpinBox</name>
        <message>
            <source>Must be %1, got %2. The value was not changed.</source>
            <translation>Muss %1 sein, eingegeben: %2. Der Wert wurde nicht geändert.</translation>
        </message>
        <message>
            <source>%1 must be %2, got %3. The value was not changed.</source>
            <translation>%1 muss %2 sein, eingegeben: %3. Der Wert wurde nicht geändert.</translation>
        </message>
        <message>
            <source>a whole number from %1 to %2%3</source>
            <translation>eine ganze Zahl von %1 bis %2%3</translation>
        </message>
        <message>
            <source>a number from %1 to %2%3</source>
            <translation>eine Zahl von %1 bis %2%3</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <source>no source recorded</source>
            <translation>keine Quelle erfasst</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::AnalysisMenu</name>
        <message>
            <source>&amp;Analysis</source>
            <translation>&amp;Analyse</translation>
        </message>
        <message>
            <source>&amp;Goal seek...</source>
            <translation>&amp;Zielwertsuche...</translation>
        </message>
        <message>
            <source>Which value of a driver makes NPV zero, reaches an IRR or a payback month</source>
            <translation>Welcher Wert einer Einflussgröße macht den Kapitalwert null, erreicht einen IZF oder einen Amortisationsmonat</translation>
        </message>
        <message>
            <source>&amp;Sensitivity (tornado)</source>
            <translation>&amp;Sensitivität (Tornado)</translation>
        </message>
        <message>
            <source>&amp;Compare scenarios and NPV bridge</source>
            <translation>Szenarien &amp;vergleichen und Kapitalwert-Brücke</translation>
        </message>
        <message>
            <source>&amp;Risk (Monte Carlo)</source>
            <translation>&amp;Risiko (Monte Carlo)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::BalanceSheetGroupModel</name>
        <message>
            <source>Bought %1</source>
            <translation>Gekauft %1</translation>
        </message>
        <message>
            <source>FY%1 vintage</source>
            <translation>Jahrgang GJ%1</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>No GPU type has a market value curve (Fleet tab, Market value)</source>
            <translation>Kein GPU-Typ hat eine Marktwertkurve (Registerkarte Flotte, Marktwert)</translation>
        </message>
        <message>
            <source>Book value − market value: positive when the books carry the GPUs above what they would fetch</source>
            <translation>Buchwert − Marktwert: positiv, wenn die Bücher die GPUs über dem führen, was sie einbrächten</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Tranches</source>
            <translation>Tranchen</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>Investitionen</translation>
        </message>
        <message>
            <source>Net book value, %1</source>
            <translation>Restbuchwert, %1</translation>
        </message>
        <message>
            <source>Market value, %1</source>
            <translation>Marktwert, %1</translation>
        </message>
        <message>
            <source>Tax basis, %1</source>
            <translation>Steuerliche Basis, %1</translation>
        </message>
        <message>
            <source>Book over market, %1</source>
            <translation>Buchwert über Marktwert, %1</translation>
        </message>
        <message>
            <source>Impairments</source>
            <translation>Wertminderungen</translation>
        </message>
        <message>
            <source>First impairment</source>
            <translation>Erste Wertminderung</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::BalanceSheetView</name>
        <message>
            <source>Group tranches by:</source>
            <translation>Tranchen gruppieren nach:</translation>
        </message>
        <message>
            <source>GPU type</source>
            <translation>GPU-Typ</translation>
        </message>
        <message>
            <source>Purchase year</source>
            <translation>Kaufjahr</translation>
        </message>
        <message>
            <source>Vintage (fiscal year placed in service)</source>
            <translation>Jahrgang (Geschäftsjahr der Inbetriebnahme)</translation>
        </message>
        <message>
            <source>Chart shows:</source>
            <translation>Diagramm zeigt:</translation>
        </message>
        <message>
            <source>The whole fleet or one group; the table beside the chart lists every group (click a row to chart it).</source>
            <translation>Die ganze Flotte oder eine Gruppe; die Tabelle neben dem Diagramm listet jede Gruppe (eine Zeile anklicken, um sie darzustellen).</translation>
        </message>
        <message>
            <source>Table as of:</source>
            <translation>Tabelle zum:</translation>
        </message>
        <message>
            <source>The month-end the group table describes; click a month on the chart to pick it.</source>
            <translation>Das Monatsende, das die Gruppentabelle beschreibt; einen Monat im Diagramm anklicken, um ihn zu wählen.</translation>
        </message>
        <message>
            <source>Net book value, market value and tax basis</source>
            <translation>Restbuchwert, Marktwert und steuerliche Basis</translation>
        </message>
        <message>
            <source>Groups of tranches</source>
            <translation>Tranchengruppen</translation>
        </message>
        <message>
            <source>Sensitivity of the total impairment to the curves (±20 %)</source>
            <translation>Sensitivität der gesamten Wertminderung gegenüber den Kurven (±20 %)</translation>
        </message>
        <message>
            <source>Book and tax reconciliation by fiscal year: book tax expense = current tax + change in deferred tax liability</source>
            <translation>Überleitung Handels- und Steuerbilanz nach Geschäftsjahr: bilanzieller Steueraufwand = laufende Steuer + Änderung der passiven latenten Steuern</translation>
        </message>
        <message>
            <source>The impairment test is off (Assumptions &gt; Finance): nothing is written down, whatever the curves.</source>
            <translation>Der Werthaltigkeitstest ist aus (Annahmen &gt; Finanzen): Es wird nichts abgeschrieben, unabhängig von den Kurven.</translation>
        </message>
        <message>
            <source>The scenario has input problems.</source>
            <translation>Das Szenario hat Eingabefehler.</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Wird berechnet…</translation>
        </message>
        <message>
            <source>Total impairment as given: %1. Each curve of every GPU type scaled by %2 and %3, everything else unchanged. The test is a threshold: the total moves in steps, not smoothly.</source>
            <translation>Gesamte Wertminderung wie eingegeben: %1. Jede Kurve jedes GPU-Typs mit %2 und %3 skaliert, alles andere unverändert. Der Test ist eine Schwelle: Die Summe bewegt sich in Stufen, nicht stetig.</translation>
        </message>
        <message>
            <source>%1 (end of FY%2)</source>
            <translation>%1 (Ende GJ%2)</translation>
        </message>
        <message>
            <source>%1 (end of horizon)</source>
            <translation>%1 (Ende des Horizonts)</translation>
        </message>
        <message>
            <source>Whole fleet</source>
            <translation>Ganze Flotte</translation>
        </message>
        <message numerus="yes">
            <source> (%n tranche(s))</source>
            <translation>
                <numerusform> (%n Tranche)</numerusform>
                <numerusform> (%n Tranchen)</numerusform>
            </translation>
        </message>
        <message>
            <source>No GPU type has a market value and the impairment test is off (model 1.0): the chart compares book value and tax basis. Give a GPU type a market value on the Fleet tab (Market value) and turn on the impairment test under Assumptions &gt; Finance.</source>
            <translation>Kein GPU-Typ hat einen Marktwert und der Werthaltigkeitstest ist aus (Modell 1.0): Das Diagramm vergleicht Buchwert und steuerliche Basis. Einem GPU-Typ auf der Registerkarte Flotte (Marktwert) einen Marktwert geben und den Werthaltigkeitstest unter Annahmen &gt; Finanzen einschalten.</translation>
        </message>
        <message>
            <source>No impairment: at every fiscal-year end each tranche's remaining cash flows recover its book value.</source>
            <translation>Keine Wertminderung: An jedem Geschäftsjahresende decken die verbleibenden Zahlungsströme jeder Tranche ihren Buchwert.</translation>
        </message>
        <message>
            <source>The impairment test is off (Assumptions &gt; Finance).</source>
            <translation>Der Werthaltigkeitstest ist aus (Annahmen &gt; Finanzen).</translation>
        </message>
        <message numerus="yes">
            <source>Impairments: %1 in %n tranche(s), the first in %2 (ASC 360: book value written down to market value; never reversed).</source>
            <translation>
                <numerusform>Wertminderungen: %1 in %n Tranche, die erste in %2 (ASC 360: Buchwert auf Marktwert abgeschrieben; nie rückgängig gemacht).</numerusform>
                <numerusform>Wertminderungen: %1 in %n Tranchen, die erste in %2 (ASC 360: Buchwert auf Marktwert abgeschrieben; nie rückgängig gemacht).</numerusform>
            </translation>
        </message>
        <message>
            <source>End of %1: net book value %2</source>
            <translation>Ende %1: Restbuchwert %2</translation>
        </message>
        <message>
            <source>, market value %1 (the same)</source>
            <translation>, Marktwert %1 (gleich)</translation>
        </message>
        <message>
            <source>, market value %1 (books above market by %2)</source>
            <translation>, Marktwert %1 (Bücher um %2 über dem Markt)</translation>
        </message>
        <message>
            <source>, market value %1 (books below market by %2)</source>
            <translation>, Marktwert %1 (Bücher um %2 unter dem Markt)</translation>
        </message>
        <message>
            <source>, tax basis %1.</source>
            <translation>, steuerliche Basis %1.</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ComparePage</name>
        <message>
            <source>Compare this scenario with (up to %1):</source>
            <translation>Dieses Szenario vergleichen mit (bis zu %1):</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>Cumulative cash flow</source>
            <translation>Kumulierter Cashflow</translation>
        </message>
        <message>
            <source>NPV</source>
            <translation>Kapitalwert</translation>
        </message>
        <message>
            <source>At most %1 scenarios can be compared with this one.</source>
            <translation>Höchstens %1 Szenarien können mit diesem verglichen werden.</translation>
        </message>
        <message>
            <source>This scenario</source>
            <translation>Dieses Szenario</translation>
        </message>
        <message>
            <source>%1 could not be computed.</source>
            <translation>%1 konnte nicht berechnet werden.</translation>
        </message>
        <message>
            <source>From %1 to this scenario:</source>
            <translation>Von %1 zu diesem Szenario:</translation>
        </message>
        <message>
            <source>  no differences</source>
            <translation>  keine Unterschiede</translation>
        </message>
        <message>
            <source>Warning: the scenarios use different currencies (%1); amounts are not converted.</source>
            <translation>Achtung: Die Szenarien verwenden verschiedene Währungen (%1); Beträge werden nicht umgerechnet.</translation>
        </message>
        <message>
            <source>Tick one or more scenarios or revisions on the left.</source>
            <translation>Links ein oder mehrere Szenarien oder Revisionen ankreuzen.</translation>
        </message>
        <message>
            <source>NPV bridge</source>
            <translation>Kapitalwert-Brücke</translation>
        </message>
        <message>
            <source>%1: added %2</source>
            <translation>%1: hinzugefügt %2</translation>
        </message>
        <message>
            <source>%1: removed (was %2)</source>
            <translation>%1: entfernt (war %2)</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>NPV bridge from %1 to this scenario</source>
            <translation>Kapitalwert-Brücke von %1 zu diesem Szenario</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ComparisonTableModel</name>
        <message>
            <source>Key figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Δ %1
vs. %2</source>
            <translation>Δ %1
ggü. %2</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::CsvImportDialog</name>
        <message>
            <source>Import purchases from CSV</source>
            <translation>Käufe aus CSV importieren</translation>
        </message>
        <message>
            <source>Import internal demand from CSV</source>
            <translation>Internen Bedarf aus CSV importieren</translation>
        </message>
        <message numerus="yes">
            <source>Paste cells from a spreadsheet or load a CSV file: one value of compute hours per month, or two columns (month, compute hours); %n month(s) are needed.</source>
            <translation>
                <numerusform>Zellen aus einer Tabellenkalkulation einfügen oder eine CSV-Datei laden: ein Wert Rechenstunden je Monat oder zwei Spalten (Monat, Rechenstunden); %n Monat wird benötigt.</numerusform>
                <numerusform>Zellen aus einer Tabellenkalkulation einfügen oder eine CSV-Datei laden: ein Wert Rechenstunden je Monat oder zwei Spalten (Monat, Rechenstunden); %n Monate werden benötigt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paste here</source>
            <translation>Hier einfügen</translation>
        </message>
        <message>
            <source>Load file…</source>
            <translation>Datei laden…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is larger than 16 MiB.</source>
            <translation>%1 ist größer als 16 MiB.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPUs</translation>
        </message>
        <message>
            <source>Install lag</source>
            <translation>Installationsverzug</translation>
        </message>
        <message>
            <source>GPU price</source>
            <translation>GPU-Preis</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) to import</source>
            <translation>
                <numerusform>%n Zeile zum Importieren</numerusform>
                <numerusform>%n Zeilen zum Importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected</source>
            <translation>
                <numerusform>%n Zeile abgelehnt</numerusform>
                <numerusform>%n Zeilen abgelehnt</numerusform>
            </translation>
        </message>
        <message>
            <source>Compute hours</source>
            <translation>Rechenstunden</translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) read</source>
            <translation>
                <numerusform>%n Wert gelesen</numerusform>
                <numerusform>%n Werte gelesen</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1: %2  (%3)</source>
            <translation>Zeile %1: %2  (%3)</translation>
        </message>
        <message>
            <source>Paste cells from a spreadsheet or load a CSV file. Columns: month (0..%1 or YYYY-MM), sku (id or name), gpus, and optionally install_lag_months, gpu_price, label. Numbers without thousands separators; the delimiter and decimal separator are shown below and can be changed.</source>
            <translation>Zellen aus einer Tabellenkalkulation einfügen oder eine CSV-Datei laden. Spalten: month (0..%1 oder JJJJ-MM), sku (ID oder Name), gpus und optional install_lag_months, gpu_price, label. Zahlen ohne Tausendertrennzeichen; Trennzeichen und Dezimaltrennzeichen stehen unten und lassen sich ändern.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Komma ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>Semikolon ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>Point ( 1234.5 )</source>
            <translation>Punkt ( 1234.5 )</translation>
        </message>
        <message>
            <source>Comma ( 1234,5 )</source>
            <translation>Komma ( 1234,5 )</translation>
        </message>
        <message>
            <source>Automatic (UTF-8 or a byte-order mark)</source>
            <translation>Automatisch (UTF-8 oder eine Bytereihenfolge-Markierung)</translation>
        </message>
        <message>
            <source>For a loaded file. Excel on Windows saves CSV as Windows-1252.</source>
            <translation>Für eine geladene Datei. Excel unter Windows speichert CSV als Windows-1252.</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>Trennzeichen:</translation>
        </message>
        <message>
            <source>Decimal separator:</source>
            <translation>Dezimaltrennzeichen:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Kodierung:</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>Die Datei konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Read with delimiter: %1%2; decimal separator: %3%4</source>
            <translation>Gelesen mit Trennzeichen: %1%2; Dezimaltrennzeichen: %3%4</translation>
        </message>
        <message>
            <source> (detected)</source>
            <translation> (erkannt)</translation>
        </message>
        <message>
            <source>Import, skipping %1 rejected row(s)</source>
            <translation>Importieren, %1 abgelehnte Zeile(n) auslassen</translation>
        </message>
        <message>
            <source> (detected, but every such number could also have a separator between thousands: choose one)</source>
            <translation> (erkannt, aber jede solche Zahl könnte auch ein Tausendertrennzeichen enthalten: bitte eines wählen)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::DemandEditor</name>
        <message>
            <source>Month-0 demand with annual growth</source>
            <translation>Bedarf in Monat 0 mit jährlichem Wachstum</translation>
        </message>
        <message>
            <source>Monthly series</source>
            <translation>Monatsreihe</translation>
        </message>
        <message>
            <source>Paste column from spreadsheet</source>
            <translation>Spalte aus Tabellenkalkulation einfügen</translation>
        </message>
        <message>
            <source>Copy one column of monthly compute hours (one value per month of the horizon) in Excel or LibreOffice, then click here</source>
            <translation>Eine Spalte monatlicher Rechenstunden (ein Wert je Monat des Zeitraums) in Excel oder LibreOffice kopieren, dann hier klicken</translation>
        </message>
        <message>
            <source>The clipboard holds no column of numbers.</source>
            <translation>Die Zwischenablage enthält keine Zahlenspalte.</translation>
        </message>
        <message>
            <source>The clipboard holds %1 numbers; the horizon has %2 months.</source>
            <translation>Die Zwischenablage enthält %1 Zahlen; der Zeitraum hat %2 Monate.</translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n month(s) of internal demand</source>
            <translation>
                <numerusform>%n Monat internen Bedarfs eingefügt</numerusform>
                <numerusform>%n Monate internen Bedarfs eingefügt</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 monthly values for a horizon of %2 months, in H100-equivalent compute hours per month.</source>
            <translation>%1 Monatswerte für einen Zeitraum von %2 Monaten, in H100-Äquivalent-Rechenstunden je Monat.</translation>
        </message>
        <message>
            <source>Value %1 of the pasted column</source>
            <translation>Wert %1 der eingefügten Spalte</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Compute hours (h)</source>
            <translation>Rechenstunden (h)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::DisplayFormat</name>
        <message>
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <source>%1 bn</source>
            <translation>%1 Mrd.</translation>
        </message>
        <message>
            <source>%1 m</source>
            <translation>%1 Mio.</translation>
        </message>
        <message>
            <source>%1 k</source>
            <translation>%1 Tsd.</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>nicht erreicht</translation>
        </message>
        <message>
            <source>month %1 (%2)</source>
            <translation>Monat %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::DocumentManager</name>
        <message>
            <source>Open scenario file</source>
            <translation>Szenariodatei öffnen</translation>
        </message>
        <message>
            <source>%1 is the workspace FleetROI has open, or one of SQLite's files beside it, not a scenario file. It was not read: reading it would release the workspace's locks and could lose revisions.</source>
            <translation>%1 ist der Arbeitsbereich, den FleetROI geöffnet hat, oder eine der SQLite-Dateien daneben, keine Szenariodatei. Sie wurde nicht gelesen: Das Lesen würde die Sperren des Arbeitsbereichs aufheben und könnte Revisionen verlieren.</translation>
        </message>
        <message>
            <source>%1 is not a valid scenario file:

%2</source>
            <translation>%1 ist keine gültige Szenariodatei:

%2</translation>
        </message>
        <message>
            <source>Open scenario</source>
            <translation>Szenario öffnen</translation>
        </message>
        <message>
            <source>Opened %1, revision %2</source>
            <translation>%1 geöffnet, Revision %2</translation>
        </message>
        <message>
            <source>Revision restored</source>
            <translation>Revision wiederhergestellt</translation>
        </message>
        <message>
            <source>Revision %1 of "%2" is now the newest. Discard your unsaved changes and show it? (Keep them to save them later as a copy.)</source>
            <translation>Revision %1 von „%2“ ist jetzt die neueste. Ungespeicherte Änderungen verwerfen und sie anzeigen? (Behalten, um sie später als Kopie zu speichern.)</translation>
        </message>
        <message>
            <source>Open example</source>
            <translation>Beispiel öffnen</translation>
        </message>
        <message>
            <source>New scenario</source>
            <translation>Neues Szenario</translation>
        </message>
        <message>
            <source>Open scenario files</source>
            <translation>Szenariodateien öffnen</translation>
        </message>
        <message>
            <source>FleetROI scenarios (*.fleetroi.json *.json);;All files (*)</source>
            <translation>FleetROI-Szenarien (*.fleetroi.json *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Save revision</source>
            <translation>Revision speichern</translation>
        </message>
        <message numerus="yes">
            <source>The scenario has %n input problem(s). Fix the fields marked in red before saving.</source>
            <translation>
                <numerusform>Das Szenario hat %n Eingabeproblem. Bitte vor dem Speichern die rot markierten Felder korrigieren.</numerusform>
                <numerusform>Das Szenario hat %n Eingabeprobleme. Bitte vor dem Speichern die rot markierten Felder korrigieren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Comment for this revision (optional):</source>
            <translation>Kommentar zu dieser Revision (optional):</translation>
        </message>
        <message>
            <source>Export scenario file</source>
            <translation>Szenariodatei exportieren</translation>
        </message>
        <message>
            <source>FleetROI scenarios (*.fleetroi.json)</source>
            <translation>FleetROI-Szenarien (*.fleetroi.json)</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 exportiert</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>"%1" has changes that are not saved. Save them as a new revision?</source>
            <translation>„%1“ hat ungespeicherte Änderungen. Als neue Revision speichern?</translation>
        </message>
        <message>
            <source>%1 (open)</source>
            <translation>%1 (geöffnet)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::Drivers</name>
        <message>
            <source>GPU prices</source>
            <translation>GPU-Preise</translation>
        </message>
        <message>
            <source>Scales every GPU price (the GPU types' prices and purchase overrides).</source>
            <translation>Skaliert jeden GPU-Preis (die Preise der GPU-Typen und abweichende Kaufpreise).</translation>
        </message>
        <message>
            <source>Lease prices</source>
            <translation>Mietpreise</translation>
        </message>
        <message>
            <source>Scales every point of every lease-price curve.</source>
            <translation>Skaliert jeden Punkt jeder Mietpreiskurve.</translation>
        </message>
        <message>
            <source>Cloud prices</source>
            <translation>Cloudpreise</translation>
        </message>
        <message>
            <source>Scales every point of every cloud-price curve (the internal value of compute).</source>
            <translation>Skaliert jeden Punkt jeder Cloudpreiskurve (der interne Wert der Rechenleistung).</translation>
        </message>
        <message>
            <source>Internal demand</source>
            <translation>Interner Bedarf</translation>
        </message>
        <message>
            <source>Scales the internal compute hours wanted each month.</source>
            <translation>Skaliert die jeden Monat intern benötigten Rechenstunden.</translation>
        </message>
        <message>
            <source>Electricity price</source>
            <translation>Strompreis</translation>
        </message>
        <message>
            <source>Scales the electricity price.</source>
            <translation>Skaliert den Strompreis.</translation>
        </message>
        <message>
            <source>Discount rate</source>
            <translation>Diskontsatz</translation>
        </message>
        <message>
            <source>Scales the annual discount rate.</source>
            <translation>Skaliert den jährlichen Diskontsatz.</translation>
        </message>
        <message>
            <source>Book and operating life</source>
            <translation>Buchnutzungs- und Betriebsdauer</translation>
        </message>
        <message>
            <source>Scales the book and the operating life together (whole months, at least 1).</source>
            <translation>Skaliert Buchnutzungsdauer und Betriebsdauer gemeinsam (ganze Monate, mindestens 1).</translation>
        </message>
        <message>
            <source>Sellable share of surplus</source>
            <translation>Vermietbarer Anteil des Überschusses</translation>
        </message>
        <message>
            <source>Scales the share of surplus capacity that finds a lessee (at most 1).</source>
            <translation>Skaliert den Anteil der Überkapazität, der einen Mieter findet (höchstens 1).</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Verfügbarkeit</translation>
        </message>
        <message>
            <source>Scales the share of hours the fleet is up (at most 1).</source>
            <translation>Skaliert den Anteil der Stunden, in denen die Flotte läuft (höchstens 1).</translation>
        </message>
        <message>
            <source>Annual failure rate</source>
            <translation>Jährliche Ausfallrate</translation>
        </message>
        <message>
            <source>Scales the annual GPU failure rate (at most 0.99).</source>
            <translation>Skaliert die jährliche GPU-Ausfallrate (höchstens 0,99).</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ExportActions</name>
        <message>
            <source>revision %1, with unsaved changes</source>
            <translation>Revision %1, mit ungespeicherten Änderungen</translation>
        </message>
        <message>
            <source>revision %1</source>
            <translation>Revision %1</translation>
        </message>
        <message>
            <source>not saved</source>
            <translation>nicht gespeichert</translation>
        </message>
        <message>
            <source>The scenario has input problems; fix the fields marked in red before exporting its results.</source>
            <translation>Das Szenario hat Eingabefehler; bitte die rot markierten Felder korrigieren, bevor die Ergebnisse exportiert werden.</translation>
        </message>
        <message>
            <source>Export Excel workbook</source>
            <translation>Excel-Arbeitsmappe exportieren</translation>
        </message>
        <message>
            <source>Export monthly table as CSV</source>
            <translation>Monatstabelle als CSV exportieren</translation>
        </message>
        <message>
            <source>Export PDF report</source>
            <translation>PDF-Bericht exportieren</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Could not write %1:
%2</source>
            <translation>%1 konnte nicht geschrieben werden:
%2</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::FieldDelegate</name>
        <message>
            <source>GPU type's price</source>
            <translation>Preis des GPU-Typs</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 in %2</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::FieldEditor</name>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>Datum: %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Notiz: %1</translation>
        </message>
        <message>
            <source>No source recorded: click to add one</source>
            <translation>Keine Quelle erfasst: zum Hinzufügen klicken</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::FieldInput</name>
        <message>
            <source>no number was given</source>
            <translation>es wurde keine Zahl eingegeben</translation>
        </message>
        <message>
            <source>"%1" is not a number as written in %2: the decimal separator is "%3" and digits are grouped with "%4" in groups of three</source>
            <translation>„%1“ ist keine Zahl in der Schreibweise von %2: Dezimaltrennzeichen ist „%3“, Ziffern werden mit „%4“ in Dreiergruppen gruppiert</translation>
        </message>
        <message>
            <source>"%1" is not a number</source>
            <translation>„%1“ ist keine Zahl</translation>
        </message>
        <message>
            <source>"%1" is too large to be a number here</source>
            <translation>„%1“ ist für dieses Feld zu groß</translation>
        </message>
        <message>
            <source>a whole number greater than %1 and at most %2%3</source>
            <translation>eine ganze Zahl größer als %1 und höchstens %2%3</translation>
        </message>
        <message>
            <source>a number greater than %1 and at most %2%3</source>
            <translation>eine Zahl größer als %1 und höchstens %2%3</translation>
        </message>
        <message>
            <source>a whole number of at least %1 and less than %2%3</source>
            <translation>eine ganze Zahl von mindestens %1 und kleiner als %2%3</translation>
        </message>
        <message>
            <source>a number of at least %1 and less than %2%3</source>
            <translation>eine Zahl von mindestens %1 und kleiner als %2%3</translation>
        </message>
        <message>
            <source>a number greater than %1 and less than %2%3</source>
            <translation>eine Zahl größer als %1 und kleiner als %2%3</translation>
        </message>
        <message>
            <source>a whole number from %1 to %2%3</source>
            <translation>eine ganze Zahl von %1 bis %2%3</translation>
        </message>
        <message>
            <source>a number from %1 to %2%3</source>
            <translation>eine Zahl von %1 bis %2%3</translation>
        </message>
        <message>
            <source>%1 must be %2: %3. The value was not changed.</source>
            <translation>%1 muss %2 sein: %3. Der Wert wurde nicht geändert.</translation>
        </message>
        <message>
            <source>%1 must be %2, got %3. The value was not changed.</source>
            <translation>%1 muss %2 sein, eingegeben: %3. Der Wert wurde nicht geändert.</translation>
        </message>
        <message>
            <source>%1 is not a number field</source>
            <translation>%1 ist kein Zahlenfeld</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::FileDialogs</name>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>FleetROI scenario</source>
            <translation>FleetROI-Szenario</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::GoalSeekDialog</name>
        <message>
            <source>Goal seek</source>
            <translation>Zielwertsuche</translation>
        </message>
        <message>
            <source>Which value of one driver reaches a target? The driver is scaled as in the tornado; the answer nearest to today's value is shown.</source>
            <translation>Welcher Wert einer Einflussgröße erreicht ein Ziel? Die Einflussgröße wird wie im Tornado skaliert; gezeigt wird die Lösung, die dem heutigen Wert am nächsten liegt.</translation>
        </message>
        <message>
            <source>Driver:</source>
            <translation>Einflussgröße:</translation>
        </message>
        <message>
            <source>NPV =</source>
            <translation>Kapitalwert =</translation>
        </message>
        <message>
            <source>IRR =</source>
            <translation>IZF =</translation>
        </message>
        <message>
            <source>Payback in month</source>
            <translation>Amortisation in Monat</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Ziel:</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Apply to the scenario</source>
            <translation>Auf das Szenario anwenden</translation>
        </message>
        <message>
            <source>Fix the input problems first.</source>
            <translation>Bitte zuerst die Eingabefehler beheben.</translation>
        </message>
        <message>
            <source>Not reachable: %1</source>
            <translation>Nicht erreichbar: %1</translation>
        </message>
        <message>
            <source>%1 × %2 (%3 against today's).</source>
            <translation>%1 × %2 (%3 gegenüber heute).</translation>
        </message>
        <message>
            <source>At that value: NPV %1, IRR %2, payback %3.</source>
            <translation>Bei diesem Wert: Kapitalwert %1, IZF %2, Amortisation %3.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Every multiplier from %1 to %2 gives that payback month.</source>
            <translation>Jeder Faktor von %1 bis %2 ergibt diesen Amortisationsmonat.</translation>
        </message>
        <message>
            <source>This driver moves in whole months: the target is crossed here, not met exactly.</source>
            <translation>Diese Einflussgröße ändert sich in ganzen Monaten: Das Ziel wird hier überschritten, nicht genau erreicht.</translation>
        </message>
        <message>
            <source>Applied (Edit &gt; Undo takes it back).</source>
            <translation>Angewendet (Bearbeiten &gt; Rückgängig nimmt es zurück).</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ImpairmentSensitivityModel</name>
        <message>
            <source>Lease prices (every GPU type)</source>
            <translation>Mietpreise (jeder GPU-Typ)</translation>
        </message>
        <message>
            <source>Market values (every GPU type)</source>
            <translation>Marktwerte (jeder GPU-Typ)</translation>
        </message>
        <message>
            <source>Curve</source>
            <translation>Kurve</translation>
        </message>
        <message>
            <source>Impairment at %1</source>
            <translation>Wertminderung bei %1</translation>
        </message>
        <message>
            <source>Change at %1</source>
            <translation>Änderung bei %1</translation>
        </message>
        <message>
            <source>NPV at %1</source>
            <translation>Kapitalwert bei %1</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::InputGroups</name>
        <message>
            <source>Fleet and prices</source>
            <translation>Flotte und Preise</translation>
        </message>
        <message>
            <source>Internal demand</source>
            <translation>Interner Bedarf</translation>
        </message>
        <message>
            <source>Leasing</source>
            <translation>Vermietung</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Betrieb</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>Finanzen</translation>
        </message>
        <message>
            <source>Other inputs</source>
            <translation>Weitere Eingaben</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::KeyFigureInfo</name>
        <message>
            <source>NPV</source>
            <translation>Kapitalwert</translation>
        </message>
        <message>
            <source>IRR</source>
            <translation>IZF</translation>
        </message>
        <message>
            <source>Payback</source>
            <translation>Amortisation</translation>
        </message>
        <message>
            <source>Discounted payback</source>
            <translation>Diskontierte Amortisation</translation>
        </message>
        <message>
            <source>Cost per compute hour</source>
            <translation>Kosten je Rechenstunde</translation>
        </message>
        <message>
            <source>Break-even lease factor</source>
            <translation>Break-even-Mietfaktor</translation>
        </message>
        <message>
            <source>Average utilization</source>
            <translation>Durchschnittliche Auslastung</translation>
        </message>
        <message>
            <source>Total capex</source>
            <translation>Investitionen gesamt</translation>
        </message>
        <message>
            <source>Total lease revenue</source>
            <translation>Mieterlöse gesamt</translation>
        </message>
        <message>
            <source>Internal value (cloud rent avoided)</source>
            <translation>Interner Wert (vermiedene Cloudmiete)</translation>
        </message>
        <message>
            <source>Total opex</source>
            <translation>Betriebskosten gesamt</translation>
        </message>
        <message>
            <source>Total net cash flow</source>
            <translation>Netto-Cashflow gesamt</translation>
        </message>
        <message>
            <source>Net present value of the monthly net cash flows at the discount rate</source>
            <translation>Barwert der monatlichen Netto-Cashflows zum Diskontsatz</translation>
        </message>
        <message>
            <source>Annual rate at which the NPV is zero</source>
            <translation>Jahreszins, bei dem der Kapitalwert null ist</translation>
        </message>
        <message>
            <source>First month from which the cumulative cash flow stays positive</source>
            <translation>Erster Monat, ab dem der kumulierte Cashflow positiv bleibt</translation>
        </message>
        <message>
            <source>The same with discounted cash flows</source>
            <translation>Dasselbe mit diskontierten Cashflows</translation>
        </message>
        <message>
            <source>What one used H100-equivalent hour cost: capex + opex - proceeds - terminal value, per used hour (undiscounted)</source>
            <translation>Was eine genutzte H100-Äquivalentstunde kostete: Investitionen + Betriebskosten − Verkaufserlöse − Restwert, je genutzter Stunde (nicht diskontiert)</translation>
        </message>
        <message>
            <source>Factor on every lease price that makes the NPV zero (1.00 = today's prices)</source>
            <translation>Faktor auf jeden Mietpreis, bei dem der Kapitalwert null wird (1,00 = heutige Preise)</translation>
        </message>
        <message>
            <source>Used compute hours / available compute hours</source>
            <translation>Genutzte Rechenstunden / verfügbare Rechenstunden</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>%1 (%2 roots)</source>
            <translation>%1 (%2 Lösungen)</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <source>nothing leased</source>
            <translation>nichts vermietet</translation>
        </message>
        <message>
            <source>%1%2 pp</source>
            <translation>%1%2 Pp.</translation>
        </message>
        <message>
            <source>Value of leasing (NPV)</source>
            <translation>Wert der Vermietung (Kapitalwert)</translation>
        </message>
        <message>
            <source>Break-even lease price</source>
            <translation>Break-even-Mietpreis</translation>
        </message>
        <message>
            <source>IRR without leasing</source>
            <translation>IZF ohne Vermietung</translation>
        </message>
        <message>
            <source>Lease revenue net of sales cost</source>
            <translation>Mieterlöse abzüglich Vertriebskosten</translation>
        </message>
        <message>
            <source>NPV of this scenario less the NPV of the same scenario with leasing off: what leasing the surplus capacity adds</source>
            <translation>Kapitalwert dieses Szenarios abzüglich des Kapitalwerts desselben Szenarios ohne Vermietung: was die Vermietung der Überkapazität beiträgt</translation>
        </message>
        <message>
            <source>Lease price per GPU-hour in the first month at which the NPV is zero, every lease price scaled alike</source>
            <translation>Mietpreis je GPU-Stunde im ersten Monat, bei dem der Kapitalwert null ist, wobei jeder Mietpreis gleich skaliert wird</translation>
        </message>
        <message>
            <source>IRR of the same scenario with leasing off</source>
            <translation>IZF desselben Szenarios ohne Vermietung</translation>
        </message>
        <message>
            <source>Total lease revenue less the sales cost of leasing (undiscounted)</source>
            <translation>Gesamte Mieterlöse abzüglich der Vertriebskosten der Vermietung (nicht abgezinst)</translation>
        </message>
        <message>
            <source>not needed</source>
            <translation>nicht nötig</translation>
        </message>
        <message>
            <source>%1/GPU-h</source>
            <translation>%1/GPU-h</translation>
        </message>
        <message>
            <source>%1 (%2, +%3 more)</source>
            <translation>%1 (%2, +%3 weitere)</translation>
        </message>
        <message>
            <source>%1: no lease price is needed: NPV is positive without leasing (it stays positive even if tenants paid nothing).</source>
            <translation>%1: Kein Mietpreis nötig: Der Kapitalwert ist ohne Vermietung positiv (er bliebe positiv, selbst wenn Mieter nichts zahlten).</translation>
        </message>
        <message>
            <source>%1: leasing at %2 per GPU-hour in %3, with every later lease price scaled by the same factor, makes the NPV zero; above it the fleet creates value.</source>
            <translation>%1: Vermietung zu %2 je GPU-Stunde in %3, mit jedem späteren Mietpreis um denselben Faktor skaliert, macht den Kapitalwert null; darüber schafft die Flotte Wert.</translation>
        </message>
        <message>
            <source>Nothing is leased in this scenario.</source>
            <translation>In diesem Szenario wird nichts vermietet.</translation>
        </message>
        <message>
            <source>Leasing the surplus %1 %2 of NPV (IRR %3 with leasing, %4 without); lease revenue net of sales cost: %5.</source>
            <translation>Die Vermietung der Überkapazität %1 %2 Kapitalwert (IZF %3 mit Vermietung, %4 ohne); Mieterlöse abzüglich Vertriebskosten: %5.</translation>
        </message>
        <message>
            <source>adds</source>
            <translation>bringt</translation>
        </message>
        <message>
            <source>costs</source>
            <translation>kostet</translation>
        </message>
        <message numerus="yes">
            <source>+%n month(s)</source>
            <comment>a later payback in a comparison</comment>
            <translation>
                <numerusform>+%n Monat</numerusform>
                <numerusform>+%n Monate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>-%n month(s)</source>
            <comment>an earlier payback in a comparison</comment>
            <translation>
                <numerusform>-%n Monat</numerusform>
                <numerusform>-%n Monate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <comment>no change of the payback in a comparison</comment>
            <translation>
                <numerusform>%n Monat</numerusform>
                <numerusform>%n Monate</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::KpiStrip</name>
        <message numerus="yes">
            <source>%n input problem(s): the figures show the last valid inputs. Fix the fields marked in red.</source>
            <translation>
                <numerusform>%n Eingabeproblem: Die Zahlen zeigen die letzten gültigen Eingaben. Bitte die rot markierten Felder korrigieren.</numerusform>
                <numerusform>%n Eingabeprobleme: Die Zahlen zeigen die letzten gültigen Eingaben. Bitte die rot markierten Felder korrigieren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Goal seek...</source>
            <translation>Zielwertsuche...</translation>
        </message>
        <message>
            <source>Which value of a driver makes NPV zero, reaches an IRR or a payback month</source>
            <translation>Welcher Wert einer Einflussgröße macht den Kapitalwert null, erreicht einen IZF oder einen Amortisationsmonat</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::LifeChangeDialog</name>
        <message>
            <source>Book life from a month</source>
            <translation>Buchnutzungsdauer ab einem Monat</translation>
        </message>
        <message>
            <source>Apply &lt;b&gt;%1&lt;/b&gt; as a change in accounting estimate: earlier months keep the old book life.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; als Änderung einer Schätzung anwenden: Frühere Monate behalten die alte Buchnutzungsdauer.</translation>
        </message>
        <message>
            <source>From month:</source>
            <translation>Ab Monat:</translation>
        </message>
        <message>
            <source>Every GPU type</source>
            <translation>Jeder GPU-Typ</translation>
        </message>
        <message>
            <source>Apply to:</source>
            <translation>Anwenden auf:</translation>
        </message>
        <message>
            <source>From %1, %2 is depreciated to a book life of %3 months: the book value left on tranches still being depreciated is spread straight-line over the rest of the new life, tranches entering service later use the new life. Cash flows, tax and NPV do not change; earnings and the book value do.</source>
            <translation>Ab %1 wird %2 auf eine Buchnutzungsdauer von %3 Monaten abgeschrieben: Der verbleibende Buchwert noch abzuschreibender Tranchen wird linear über den Rest der neuen Dauer verteilt, später in Betrieb gehende Tranchen verwenden die neue Dauer. Zahlungsströme, Steuern und Kapitalwert ändern sich nicht; Ergebnis und Buchwert schon.</translation>
        </message>
        <message>
            <source>every GPU type</source>
            <translation>jeder GPU-Typ</translation>
        </message>
        <message>
            <source>%1 from %2 for %3 (a change in estimate; undo removes it in one step)</source>
            <translation>%1 ab %2 für %3 (eine Änderung einer Schätzung; Rückgängig entfernt sie in einem Schritt)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::MainWindow</name>
        <message>
            <source>Workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <source>&amp;New scenario</source>
            <translation>&amp;Neues Szenario</translation>
        </message>
        <message>
            <source>&amp;Open or import file...</source>
            <translation>Datei ö&amp;ffnen oder importieren...</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Save revision...</source>
            <translation>Revision &amp;speichern...</translation>
        </message>
        <message>
            <source>Save the scenario as a new revision in the workspace</source>
            <translation>Das Szenario als neue Revision im Arbeitsbereich speichern</translation>
        </message>
        <message>
            <source>&amp;Export as file...</source>
            <translation>Als Datei &amp;exportieren...</translation>
        </message>
        <message>
            <source>&amp;Close scenario</source>
            <translation>Szenario s&amp;chließen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Add &amp;purchase</source>
            <translation>&amp;Kauf hinzufügen</translation>
        </message>
        <message>
            <source>Add &amp;GPU type</source>
            <translation>&amp;GPU-Typ hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove selected row</source>
            <translation>Ausgewählte Zeile &amp;entfernen</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>E&amp;instellungen...</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About FleetROI</source>
            <translation>Ü&amp;ber FleetROI</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 exportiert</translation>
        </message>
        <message>
            <source>FleetROI</source>
            <translation>FleetROI</translation>
        </message>
        <message>
            <source>%1[*] - FleetROI</source>
            <translation>%1[*] – FleetROI</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>Einstellungen gespeichert</translation>
        </message>
        <message>
            <source>About FleetROI</source>
            <translation>Über FleetROI</translation>
        </message>
        <message>
            <source>&lt;h3&gt;FleetROI %1&lt;/h3&gt;&lt;p&gt;Return on investment of AI GPU fleets for finance analysts: capex, depreciation, leasing of surplus capacity, NPV, IRR and risk.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;GNU General Public License&lt;/a&gt; for more details.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;FleetROI %1&lt;/h3&gt;&lt;p&gt;Rendite von KI-GPU-Flotten für Finanzanalysten: Investitionen, Abschreibung, Vermietung überschüssiger Kapazität, Kapitalwert, IZF und Risiko.&lt;/p&gt;&lt;p&gt;Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder modifizieren, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version.&lt;/p&gt;&lt;p&gt;Die Veröffentlichung dieses Programms erfolgt in der Hoffnung, dass es Ihnen von Nutzen sein wird, aber OHNE IRGENDEINE GARANTIE, sogar ohne die implizite Garantie der MARKTREIFE oder der VERWENDBARKEIT FÜR EINEN BESTIMMTEN ZWECK. Details finden Sie in der &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;GNU General Public License&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>No scenario open</source>
            <translation>Kein Szenario geöffnet</translation>
        </message>
        <message>
            <source>Export &amp;report...</source>
            <translation>Be&amp;richt exportieren...</translation>
        </message>
        <message>
            <source>Preview, print or save the PDF report of the scenario</source>
            <translation>PDF-Bericht des Szenarios ansehen, drucken oder speichern</translation>
        </message>
        <message>
            <source>Import purchases from &amp;CSV...</source>
            <translation>Käufe aus &amp;CSV importieren...</translation>
        </message>
        <message>
            <source>Import &amp;demand series from CSV...</source>
            <translation>&amp;Bedarfsreihe aus CSV importieren...</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <source>The scenario has input problems; fix them before printing a report.</source>
            <translation>Das Szenario hat fehlerhafte Eingaben; beheben Sie sie, bevor Sie einen Bericht drucken.</translation>
        </message>
        <message>
            <source>Open &amp;workspace...</source>
            <translation>&amp;Arbeitsbereich öffnen...</translation>
        </message>
        <message>
            <source>&amp;Trash...</source>
            <translation>&amp;Papierkorb...</translation>
        </message>
        <message>
            <source>Export res&amp;ults</source>
            <translation>Ergebnisse e&amp;xportieren</translation>
        </message>
        <message>
            <source>Excel workbook (&amp;XLSX)...</source>
            <translation>Excel-Arbeitsmappe (&amp;XLSX)...</translation>
        </message>
        <message>
            <source>Monthly table as &amp;CSV...</source>
            <translation>Monatstabelle als &amp;CSV...</translation>
        </message>
        <message>
            <source>&amp;PDF report...</source>
            <translation>&amp;PDF-Bericht...</translation>
        </message>
        <message>
            <source>Open t&amp;eam workspace...</source>
            <translation>T&amp;eam-Arbeitsbereich öffnen...</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::MarketValueEditor</name>
        <message>
            <source>Used GPUs of this type have a market value</source>
            <translation>Gebrauchte GPUs dieses Typs haben einen Marktwert</translation>
        </message>
        <message>
            <source>Model 1.1: the fleet's market value is shown beside its book value, GPUs are sold at market value when their operating life ends, and the impairment test and a terminal value at market value can use it.</source>
            <translation>Modell 1.1: Der Marktwert der Flotte wird neben ihrem Buchwert gezeigt, GPUs werden am Ende ihrer Betriebsdauer zum Marktwert verkauft, und der Werthaltigkeitstest sowie ein Restwert zum Marktwert können ihn verwenden.</translation>
        </message>
        <message>
            <source>Age discount per year of age:</source>
            <translation>Altersabschlag pro Jahr:</translation>
        </message>
        <message>
            <source>Lease price per GPU-hour (for comparison)</source>
            <translation>Mietpreis pro GPU-Stunde (zum Vergleich)</translation>
        </message>
        <message>
            <source>Disposals of %1 sell at this value less the age discount; its resale share is not used.</source>
            <translation>Abgänge von %1 werden zu diesem Wert abzüglich des Altersabschlags verkauft; sein Restwertanteil wird nicht verwendet.</translation>
        </message>
        <message>
            <source>Off: %1 is sold at its resale share of cost and has no market value (model 1.0).</source>
            <translation>Aus: %1 wird zu seinem Restwertanteil der Kosten verkauft und hat keinen Marktwert (Modell 1.0).</translation>
        </message>
        <message>
            <source>Lease price</source>
            <translation>Mietpreis</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::MonthlyResultsModel</name>
        <message>
            <source>Utilization</source>
            <translation>Auslastung</translation>
        </message>
        <message>
            <source>Working GPUs</source>
            <translation>Funktionierende GPUs</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>Investitionen</translation>
        </message>
        <message>
            <source>Lease revenue</source>
            <translation>Mieterlöse</translation>
        </message>
        <message>
            <source>Internal value</source>
            <translation>Interner Wert</translation>
        </message>
        <message>
            <source>Electricity</source>
            <translation>Strom</translation>
        </message>
        <message>
            <source>Opex</source>
            <translation>Betriebskosten</translation>
        </message>
        <message>
            <source>EBITDA</source>
            <translation>EBITDA</translation>
        </message>
        <message>
            <source>Book depreciation</source>
            <translation>Handelsrechtliche Abschreibung</translation>
        </message>
        <message>
            <source>Tax depreciation</source>
            <translation>Steuerliche Abschreibung</translation>
        </message>
        <message>
            <source>Proceeds</source>
            <translation>Verkaufserlöse</translation>
        </message>
        <message>
            <source>Terminal value</source>
            <translation>Restwert</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Steuer</translation>
        </message>
        <message>
            <source>Net income</source>
            <translation>Jahresüberschuss</translation>
        </message>
        <message>
            <source>Net cash flow</source>
            <translation>Netto-Cashflow</translation>
        </message>
        <message>
            <source>Cumulative cash flow</source>
            <translation>Kumulierter Cashflow</translation>
        </message>
        <message>
            <source>Book value</source>
            <translation>Buchwert</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapazität</translation>
        </message>
        <message>
            <source>Internal demand</source>
            <translation>Interner Bedarf</translation>
        </message>
        <message>
            <source>Served internally</source>
            <translation>Intern bedient</translation>
        </message>
        <message>
            <source>Leased</source>
            <translation>Vermietet</translation>
        </message>
        <message>
            <source>h</source>
            <comment>unit: H100-equivalent compute hours</comment>
            <translation>h</translation>
        </message>
        <message>
            <source>GPUs</source>
            <comment>unit: a count of GPUs</comment>
            <translation>GPUs</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a number and its unit: 8,760 h</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 (h)</source>
            <comment>series title with the unit hours</comment>
            <translation>%1 (h)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::PriceCurveEditor</name>
        <message>
            <source>Start price and annual change</source>
            <translation>Startpreis und jährliche Änderung</translation>
        </message>
        <message>
            <source>Price points (linear between)</source>
            <translation>Preispunkte (linear dazwischen)</translation>
        </message>
        <message>
            <source>Price in month 0:</source>
            <translation>Preis in Monat 0:</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>Add point</source>
            <translation>Punkt hinzufügen</translation>
        </message>
        <message>
            <source>Remove point</source>
            <translation>Punkt entfernen</translation>
        </message>
        <message>
            <source>%1/GPU-h</source>
            <translation>%1/GPU-h</translation>
        </message>
        <message>
            <source>Lease price of %1: what tenants pay per GPU-hour</source>
            <translation>Mietpreis von %1: was Mieter je GPU-Stunde zahlen</translation>
        </message>
        <message>
            <source>Cloud price of %1: what renting the same GPU would cost</source>
            <translation>Cloudpreis von %1: was die Miete derselben GPU kosten würde</translation>
        </message>
        <message>
            <source>Lease price</source>
            <translation>Mietpreis</translation>
        </message>
        <message>
            <source>Cloud price</source>
            <translation>Cloudpreis</translation>
        </message>
        <message>
            <source>Percent per year</source>
            <translation>Prozent pro Jahr</translation>
        </message>
        <message>
            <source>Annual change (%/year):</source>
            <translation>Jährliche Änderung (%/Jahr):</translation>
        </message>
        <message>
            <source>Price in month 0</source>
            <translation>Preis in Monat 0</translation>
        </message>
        <message>
            <source>Annual change</source>
            <translation>Jährliche Änderung</translation>
        </message>
        <message>
            <source>Price of point %1</source>
            <translation>Preis von Punkt %1</translation>
        </message>
        <message>
            <source>Value in month 0 (per GPU):</source>
            <translation>Wert in Monat 0 (pro GPU):</translation>
        </message>
        <message>
            <source>Value per GPU</source>
            <translation>Wert pro GPU</translation>
        </message>
        <message>
            <source>Market value in month 0</source>
            <translation>Marktwert in Monat 0</translation>
        </message>
        <message>
            <source>Market value of point %1</source>
            <translation>Marktwert von Punkt %1</translation>
        </message>
        <message>
            <source>%1 per GPU</source>
            <translation>%1 pro GPU</translation>
        </message>
        <message>
            <source>Market value of %1: what one used GPU, with its share of server and network, sells for (at age 0)</source>
            <translation>Marktwert von %1: was eine gebrauchte GPU mit ihrem Anteil an Server und Netzwerk einbringt (im Alter 0)</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>Marktwert</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ProvenancePanel</name>
        <message>
            <source>Sources of the assumptions. Click § next to a field to add its source; double-click a cell to edit.</source>
            <translation>Quellen der Annahmen. Auf § neben einem Feld klicken, um die Quelle hinzuzufügen; zum Bearbeiten doppelklicken.</translation>
        </message>
        <message>
            <source>Remove source</source>
            <translation>Quelle entfernen</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ProvenanceTableModel</name>
        <message>
            <source>YYYY-MM-DD, or empty</source>
            <translation>JJJJ-MM-TT oder leer</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>Annahme</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::PurchaseTableModel</name>
        <message>
            <source>In service</source>
            <translation>In Betrieb</translation>
        </message>
        <message>
            <source>Capex
%1</source>
            <translation>Investitionen
%1</translation>
        </message>
        <message>
            <source>Purchase month + install lag: the tranche earns from this month</source>
            <translation>Kaufmonat + Installationsverzug: Die Tranche erwirtschaftet ab diesem Monat</translation>
        </message>
        <message>
            <source>GPUs × price + whole servers × server cost + GPUs × network cost</source>
            <translation>GPUs × Preis + ganze Server × Serverkosten + GPUs × Netzwerkkosten</translation>
        </message>
        <message>
            <source>unknown: %1</source>
            <translation>unbekannt: %1</translation>
        </message>
        <message>
            <source>%1 (inherited)</source>
            <comment>a purchase's GPU price taken from its GPU type</comment>
            <translation>%1 (übernommen)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ReconciliationTableModel</name>
        <message>
            <source>FY%1 (%2 – %3)</source>
            <translation>GJ%1 (%2 – %3)</translation>
        </message>
        <message>
            <source>FY%1</source>
            <translation>GJ%1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>Book tax expense − current tax − change in deferred tax liability. Zero except in the year of the horizon's last month, whose terminal valuation the liability does not carry (MODEL.md 1.1).</source>
            <translation>Bilanzieller Steueraufwand − laufende Steuer − Änderung der passiven latenten Steuern. Null außer im Jahr des letzten Monats des Horizonts, dessen Endbewertung die Steuerschuld nicht trägt (MODEL.md 1.1).</translation>
        </message>
        <message>
            <source>EBITDA − book depreciation − impairment + book gains on sales</source>
            <translation>EBITDA − bilanzielle Abschreibung − Wertminderung + Buchgewinne aus Verkäufen</translation>
        </message>
        <message>
            <source>ASC 360 write-downs: a book expense, not deductible for tax</source>
            <translation>ASC-360-Abschreibungen: ein bilanzieller Aufwand, steuerlich nicht abzugsfähig</translation>
        </message>
        <message>
            <source>Tax rate × EBIT: the tax expense of the income statement</source>
            <translation>Steuersatz × EBIT: der Steueraufwand der Gewinn- und Verlustrechnung</translation>
        </message>
        <message>
            <source>The tax paid in cash (negative: a saving)</source>
            <translation>Die bar gezahlte Steuer (negativ: eine Ersparnis)</translation>
        </message>
        <message>
            <source>Change in the deferred tax liability over the year</source>
            <translation>Änderung der passiven latenten Steuern im Jahr</translation>
        </message>
        <message>
            <source>Tax rate × (book value − tax basis) of the tranches held at the year's end</source>
            <translation>Steuersatz × (Buchwert − steuerliche Basis) der am Jahresende gehaltenen Tranchen</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Geschäftsjahr</translation>
        </message>
        <message>
            <source>EBIT (book)</source>
            <translation>EBIT (bilanziell)</translation>
        </message>
        <message>
            <source>Book depreciation</source>
            <translation>Bilanzielle Abschreibung</translation>
        </message>
        <message>
            <source>Impairment</source>
            <translation>Wertminderung</translation>
        </message>
        <message>
            <source>Tax depreciation</source>
            <translation>Steuerliche Abschreibung</translation>
        </message>
        <message>
            <source>Book tax expense</source>
            <translation>Bilanzieller Steueraufwand</translation>
        </message>
        <message>
            <source>Current (cash) tax</source>
            <translation>Laufende (gezahlte) Steuer</translation>
        </message>
        <message>
            <source>Change in deferred tax</source>
            <translation>Änderung latenter Steuern</translation>
        </message>
        <message>
            <source>Terminal valuation effect</source>
            <translation>Effekt der Endbewertung</translation>
        </message>
        <message>
            <source>Deferred tax liability</source>
            <translation>Passive latente Steuern</translation>
        </message>
        <message>
            <source>Net income</source>
            <translation>Jahresergebnis</translation>
        </message>
        <message>
            <source>Net book value</source>
            <translation>Restbuchwert</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>Marktwert</translation>
        </message>
        <message>
            <source>Tax basis</source>
            <translation>Steuerliche Basis</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ResultsPage</name>
        <message>
            <source>Goal seek...</source>
            <translation>Zielwertsuche...</translation>
        </message>
        <message>
            <source>Which value of a driver makes NPV zero, reaches an IRR or a payback month</source>
            <translation>Welcher Wert einer Einflussgröße macht den Kapitalwert null, erreicht einen IZF oder einen Amortisationsmonat</translation>
        </message>
        <message>
            <source>Value of leasing and break-even lease price</source>
            <translation>Wert der Vermietung und Break-even-Mietpreis</translation>
        </message>
        <message>
            <source>Net cash flow and cumulative cash flow</source>
            <translation>Netto-Cashflow und kumulierter Cashflow</translation>
        </message>
        <message>
            <source>Revenue, operating costs and EBITDA</source>
            <translation>Erlöse, Betriebskosten und EBITDA</translation>
        </message>
        <message>
            <source>Capacity, internal use and leasing</source>
            <translation>Kapazität, interne Nutzung und Vermietung</translation>
        </message>
        <message>
            <source>Utilization of available capacity</source>
            <translation>Auslastung der verfügbaren Kapazität</translation>
        </message>
        <message>
            <source>Group tranches by:</source>
            <translation>Tranchen gruppieren nach:</translation>
        </message>
        <message>
            <source>GPU type</source>
            <translation>GPU-Typ</translation>
        </message>
        <message>
            <source>Purchase year</source>
            <translation>Kaufjahr</translation>
        </message>
        <message>
            <source>Vintage (fiscal year placed in service)</source>
            <translation>Jahrgang (Geschäftsjahr der Inbetriebnahme)</translation>
        </message>
        <message>
            <source>The largest groups by capex are shown on their own, the rest as "Other"; the table lists every tranche.</source>
            <translation>Die größten Gruppen nach Investitionen werden einzeln gezeigt, der Rest als „Sonstige“; die Tabelle listet jede Tranche.</translation>
        </message>
        <message>
            <source>Net book value by group of tranches and tax basis</source>
            <translation>Restbuchwert nach Tranchengruppe und steuerliche Basis</translation>
        </message>
        <message>
            <source>Tranches</source>
            <translation>Tranchen</translation>
        </message>
        <message>
            <source>Lease and cloud prices per GPU-hour</source>
            <translation>Miet- und Cloudpreise je GPU-Stunde</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Monthly table</source>
            <translation>Monatstabelle</translation>
        </message>
        <message numerus="yes">
            <source>Tranches (%n)</source>
            <translation>
                <numerusform>Tranchen (%n)</numerusform>
                <numerusform>Tranchen (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Month %1 (%2)</source>
            <translation>Monat %1 (%2)</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Reihe</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::RiskSetupEditor</name>
        <message>
            <source>Critics' case</source>
            <translation>Fall der Kritiker</translation>
        </message>
        <message>
            <source>Remove set-up</source>
            <translation>Einrichtung entfernen</translation>
        </message>
        <message>
            <source>Remove the uncertainty block from the scenario (Undo restores it)</source>
            <translation>Den Unsicherheitsblock aus dem Szenario entfernen (Rückgängig stellt ihn wieder her)</translation>
        </message>
        <message>
            <source>Simulation</source>
            <translation>Simulation</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Pfade</translation>
        </message>
        <message>
            <source>Number of simulated paths saved with the scenario (1 to 10,000,000)</source>
            <translation>Anzahl der simulierten Pfade, die mit dem Szenario gespeichert wird (1 bis 10.000.000)</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>The same seed gives the same results (0 to 2^53)</source>
            <translation>Derselbe Startwert ergibt dieselben Ergebnisse (0 bis 2^53)</translation>
        </message>
        <message>
            <source>Uncertain drivers (multipliers of the scenario's values: 1 = as entered)</source>
            <translation>Unsichere Einflussgrößen (Faktoren auf die Werte des Szenarios: 1 = wie eingegeben)</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Einflussgröße</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Verteilung</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Density</source>
            <translation>Dichte</translation>
        </message>
        <message>
            <source>Ticked: the simulation draws this multiplier; unticked: the value as entered.</source>
            <translation>Angehakt: Die Simulation zieht diesen Faktor; nicht angehakt: der eingegebene Wert.</translation>
        </message>
        <message>
            <source>Triangular</source>
            <translation>Dreiecksverteilung</translation>
        </message>
        <message>
            <source>Uniform</source>
            <translation>Gleichverteilung</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normalverteilung</translation>
        </message>
        <message>
            <source>Minimum, most likely and maximum multiplier</source>
            <translation>Minimaler, wahrscheinlichster und maximaler Faktor</translation>
        </message>
        <message>
            <source>Any multiplier from minimum to maximum, equally likely</source>
            <translation>Jeder Faktor vom Minimum bis zum Maximum, gleich wahrscheinlich</translation>
        </message>
        <message>
            <source>Mean and standard deviation; negative draws count as 0</source>
            <translation>Mittelwert und Standardabweichung; negative Ziehungen zählen als 0</translation>
        </message>
        <message>
            <source>Correlations of the uncertain drivers</source>
            <translation>Korrelationen der unsicheren Einflussgrößen</translation>
        </message>
        <message>
            <source>Double-click a cell to set the correlation (rho, -1 to 1) of two drivers; 0 means independent. The set must be consistent: some joint distribution must have all of these correlations at once (the matrix is positive semidefinite).</source>
            <translation>Doppelklick auf eine Zelle setzt die Korrelation (rho, -1 bis 1) zweier Einflussgrößen; 0 heißt unabhängig. Die Menge muss widerspruchsfrei sein: Eine gemeinsame Verteilung muss alle diese Korrelationen zugleich haben (die Matrix ist positiv semidefinit).</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Monte Carlo set-up&lt;/b&gt; saved with the scenario: %n uncertain driver(s). Run it on the Simulation tab.</source>
            <translation>
                <numerusform>&lt;b&gt;Monte-Carlo-Einrichtung&lt;/b&gt; mit dem Szenario gespeichert: %n unsichere Einflussgröße. Auf der Registerkarte Simulation ausführen.</numerusform>
                <numerusform>&lt;b&gt;Monte-Carlo-Einrichtung&lt;/b&gt; mit dem Szenario gespeichert: %n unsichere Einflussgrößen. Auf der Registerkarte Simulation ausführen.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;No Monte Carlo set-up yet.&lt;/b&gt; Tick the drivers that are uncertain and choose their distributions, or start from the critics' case.</source>
            <translation>&lt;b&gt;Noch keine Monte-Carlo-Einrichtung.&lt;/b&gt; Die unsicheren Einflussgrößen anhaken und ihre Verteilungen wählen, oder mit dem Fall der Kritiker beginnen.</translation>
        </message>
        <message>
            <source>min </source>
            <translation>Min. </translation>
        </message>
        <message>
            <source>mode </source>
            <translation>Modus </translation>
        </message>
        <message>
            <source>max </source>
            <translation>Max. </translation>
        </message>
        <message>
            <source>mean </source>
            <translation>Mittel </translation>
        </message>
        <message>
            <source>sd </source>
            <translation>Std.-Abw. </translation>
        </message>
        <message>
            <source>A driver is fully correlated with itself</source>
            <translation>Eine Einflussgröße ist mit sich selbst vollständig korreliert</translation>
        </message>
        <message>
            <source>Tick two or more drivers to correlate them.</source>
            <translation>Zwei oder mehr Einflussgrößen anhaken, um sie zu korrelieren.</translation>
        </message>
        <message>
            <source>No correlations: the drivers are drawn independently.</source>
            <translation>Keine Korrelationen: Die Einflussgrößen werden unabhängig gezogen.</translation>
        </message>
        <message numerus="yes">
            <source>Consistent: %n correlated pair(s).</source>
            <translation>
                <numerusform>Widerspruchsfrei: %n korreliertes Paar.</numerusform>
                <numerusform>Widerspruchsfrei: %n korrelierte Paare.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 / %2 (%3)</source>
            <translation>%1 / %2 (%3)</translation>
        </message>
        <message>
            <source>Inconsistent: no joint distribution has these correlations at once: %1. Weaken one of them.</source>
            <translation>Widersprüchlich: Keine gemeinsame Verteilung hat diese Korrelationen zugleich: %1. Bitte eine davon abschwächen.</translation>
        </message>
        <message>
            <source>Correlation of %1 and %2</source>
            <translation>Korrelation von %1 und %2</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::RiskView</name>
        <message>
            <source>Run</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Einflussgröße</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Pfade</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>Threads</translation>
        </message>
        <message>
            <source>Running %L1 paths...</source>
            <translation>%L1 Pfade werden berechnet...</translation>
        </message>
        <message>
            <source>Cancelling...</source>
            <translation>Wird abgebrochen...</translation>
        </message>
        <message>
            <source>%L1 paths, seed %2.</source>
            <translation>%L1 Pfade, Startwert %2.</translation>
        </message>
        <message>
            <source>Cancelled: no results.</source>
            <translation>Abgebrochen: keine Ergebnisse.</translation>
        </message>
        <message>
            <source>No scenario.</source>
            <translation>Kein Szenario.</translation>
        </message>
        <message>
            <source>This scenario has no uncertainty block: give drivers distributions to run a Monte Carlo.</source>
            <translation>Dieses Szenario hat keinen Unsicherheitsblock: Geben Sie den Einflussgrößen Verteilungen, um eine Monte-Carlo-Simulation auszuführen.</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>Bereit.</translation>
        </message>
        <message>
            <source>NPV as entered</source>
            <translation>Kapitalwert laut Eingabe</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>Standard deviation</source>
            <translation>Standardabweichung</translation>
        </message>
        <message>
            <source>P5</source>
            <translation>P5</translation>
        </message>
        <message>
            <source>P10</source>
            <translation>P10</translation>
        </message>
        <message>
            <source>P50 (median)</source>
            <translation>P50 (Median)</translation>
        </message>
        <message>
            <source>P90</source>
            <translation>P90</translation>
        </message>
        <message>
            <source>P95</source>
            <translation>P95</translation>
        </message>
        <message>
            <source>Probability of NPV &lt; 0</source>
            <translation>Wahrscheinlichkeit Kapitalwert &lt; 0</translation>
        </message>
        <message>
            <source>Rank corr.</source>
            <translation>Rangkorr.</translation>
        </message>
        <message>
            <source>Spearman rank correlation with NPV</source>
            <translation>Spearman-Rangkorrelation mit dem Kapitalwert</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioCatalogs</name>
        <message>
            <source>Meta (5.5 years)</source>
            <translation>Meta (5,5 Jahre)</translation>
        </message>
        <message>
            <source>Microsoft, Alphabet, CoreWeave (6 years)</source>
            <translation>Microsoft, Alphabet, CoreWeave (6 Jahre)</translation>
        </message>
        <message>
            <source>Amazon (5 years)</source>
            <translation>Amazon (5 Jahre)</translation>
        </message>
        <message>
            <source>Nebius (4 years)</source>
            <translation>Nebius (4 Jahre)</translation>
        </message>
        <message>
            <source>Critics' case (3 years)</source>
            <translation>Fall der Kritiker (3 Jahre)</translation>
        </message>
        <message>
            <source>New scenario</source>
            <translation>Neues Szenario</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioCommands</name>
        <message>
            <source>There is no GPU type in row %1.</source>
            <translation>In Zeile %1 steht kein GPU-Typ.</translation>
        </message>
        <message>
            <source>%1 must be %2, got %3. Nothing was changed.</source>
            <translation>%1 muss %2 sein, eingegeben: %3. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>%1: market value in month 0</source>
            <translation>%1: Marktwert in Monat 0</translation>
        </message>
        <message>
            <source>%1: %2 in month 0</source>
            <translation>%1: %2 in Monat 0</translation>
        </message>
        <message>
            <source>%1: annual change of the market value</source>
            <translation>%1: jährliche Änderung des Marktwerts</translation>
        </message>
        <message>
            <source>%1: annual change of the %2</source>
            <translation>%1: jährliche Änderung von %2</translation>
        </message>
        <message>
            <source>%1: a market value curve of points needs at least one point. Nothing was changed.</source>
            <translation>%1: Eine Marktwertkurve aus Punkten braucht mindestens einen Punkt. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>%1: a price curve of points needs at least one point. Nothing was changed.</source>
            <translation>%1: Eine Preiskurve aus Punkten braucht mindestens einen Punkt. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>%1: the months of the market value points must increase strictly and lie in 0..1000 (point %2). Nothing was changed.</source>
            <translation>%1: Die Monate der Marktwertpunkte müssen streng steigen und in 0..1000 liegen (Punkt %2). Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>%1: the months of the price points must increase strictly and lie in 0..1000 (point %2). Nothing was changed.</source>
            <translation>%1: Die Monate der Preispunkte müssen streng steigen und in 0..1000 liegen (Punkt %2). Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>%1: market value of point %2</source>
            <translation>%1: Marktwert von Punkt %2</translation>
        </message>
        <message>
            <source>%1: price of point %2</source>
            <translation>%1: Preis von Punkt %2</translation>
        </message>
        <message>
            <source>on</source>
            <translation>ein</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>Clear %1</source>
            <translation>%1 leeren</translation>
        </message>
        <message>
            <source>Set %1 to %2</source>
            <translation>%1 auf %2 setzen</translation>
        </message>
        <message>
            <source>%1 cannot be set to "%2" (not a value of this field, or an id already in use). Nothing was changed.</source>
            <translation>%1 kann nicht auf „%2“ gesetzt werden (kein Wert dieses Feldes oder eine bereits vergebene Kennung). Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>%1 is not a single value of the scenario.</source>
            <translation>%1 ist kein einzelner Wert des Szenarios.</translation>
        </message>
        <message>
            <source>%1 is not a single value of a GPU type.</source>
            <translation>%1 ist kein einzelner Wert eines GPU-Typs.</translation>
        </message>
        <message>
            <source>There is no purchase in row %1.</source>
            <translation>In Zeile %1 steht kein Kauf.</translation>
        </message>
        <message>
            <source>%1 is not a value of a purchase.</source>
            <translation>%1 ist kein Wert eines Kaufs.</translation>
        </message>
        <message>
            <source>%1 must be a calendar month (year 1-9999, month 1-12), got %2-%3. Nothing was changed.</source>
            <translation>%1 muss ein Kalendermonat sein (Jahr 1-9999, Monat 1-12), eingegeben: %2-%3. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Only the lease price, the cloud price and the market value are price curves.</source>
            <translation>Nur Mietpreis, Cloudpreis und Marktwert sind Preiskurven.</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>%1 ändern</translation>
        </message>
        <message>
            <source>Remove the market value of %1</source>
            <translation>Marktwert von %1 entfernen</translation>
        </message>
        <message>
            <source>Give %1 a market value</source>
            <translation>%1 einen Marktwert geben</translation>
        </message>
        <message>
            <source>Change the market value of %1</source>
            <translation>Marktwert von %1 ändern</translation>
        </message>
        <message>
            <source>%1: month of the change in book life</source>
            <translation>%1: Monat der Änderung der Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>%1: new book life</source>
            <translation>%1: neue Buchnutzungsdauer</translation>
        </message>
        <message numerus="yes">
            <source>Change the book life of %1 to %n month(s) from %2</source>
            <translation>
                <numerusform>Buchnutzungsdauer von %1 ab %2 auf %n Monat ändern</numerusform>
                <numerusform>Buchnutzungsdauer von %1 ab %2 auf %n Monate ändern</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the change in book life of %1</source>
            <translation>Änderung der Buchnutzungsdauer von %1 entfernen</translation>
        </message>
        <message>
            <source>Apply book life: %1</source>
            <translation>Buchnutzungsdauer anwenden: %1</translation>
        </message>
        <message>
            <source>Month of the change in book life</source>
            <translation>Monat der Änderung der Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>New book life</source>
            <translation>Neue Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>Change book life to %1 from %2</source>
            <translation>Buchnutzungsdauer ab %2 auf %1 ändern</translation>
        </message>
        <message>
            <source>Enter internal demand as a monthly series</source>
            <translation>Internen Bedarf als Monatsreihe eingeben</translation>
        </message>
        <message>
            <source>Enter internal demand as growth</source>
            <translation>Internen Bedarf als Wachstum eingeben</translation>
        </message>
        <message>
            <source>Change internal demand</source>
            <translation>Internen Bedarf ändern</translation>
        </message>
        <message>
            <source>Internal demand by month needs one value per month of the horizon (%1), got %2. Nothing was changed.</source>
            <translation>Der interne Bedarf je Monat braucht einen Wert für jeden Monat des Zeitraums (%1), erhalten: %2. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Internal demand in %1</source>
            <translation>Interner Bedarf im %1</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (Kopie)</translation>
        </message>
        <message>
            <source>Add GPU type %1</source>
            <translation>GPU-Typ %1 hinzufügen</translation>
        </message>
        <message>
            <source>A scenario needs at least one GPU type.</source>
            <translation>Ein Szenario braucht mindestens einen GPU-Typ.</translation>
        </message>
        <message numerus="yes">
            <source>%n purchase(s) buy %1; remove or change them first.</source>
            <translation>
                <numerusform>%n Kauf erwirbt %1; bitte zuerst entfernen oder ändern.</numerusform>
                <numerusform>%n Käufe erwerben %1; bitte zuerst entfernen oder ändern.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove GPU type %1</source>
            <translation>GPU-Typ %1 entfernen</translation>
        </message>
        <message>
            <source>Add purchase %1</source>
            <translation>Kauf %1 hinzufügen</translation>
        </message>
        <message>
            <source>Remove purchase %1</source>
            <translation>Kauf %1 entfernen</translation>
        </message>
        <message>
            <source>There are no purchases to add.</source>
            <translation>Es gibt keine Käufe zum Hinzufügen.</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n purchase(s)</source>
            <translation>
                <numerusform>%n Kauf einfügen</numerusform>
                <numerusform>%n Käufe einfügen</numerusform>
            </translation>
        </message>
        <message>
            <source>Add source for %1</source>
            <translation>Quelle für %1 hinzufügen</translation>
        </message>
        <message>
            <source>There is no source in row %1.</source>
            <translation>In Zeile %1 steht keine Quelle.</translation>
        </message>
        <message>
            <source>Remove source for %1</source>
            <translation>Quelle für %1 entfernen</translation>
        </message>
        <message>
            <source>A source has no such text.</source>
            <translation>Eine Quelle hat keinen solchen Text.</translation>
        </message>
        <message>
            <source>Edit %1 of the source for %2</source>
            <translation>%1 der Quelle für %2 bearbeiten</translation>
        </message>
        <message>
            <source>The change adds or removes rows; apply it by hand.</source>
            <translation>Die Änderung fügt Zeilen hinzu oder entfernt sie; bitte von Hand übernehmen.</translation>
        </message>
        <message>
            <source>The editors refuse the new value of %1.</source>
            <translation>Die Eingabefelder lehnen den neuen Wert von %1 ab.</translation>
        </message>
        <message>
            <source>internal demand</source>
            <translation>interner Bedarf</translation>
        </message>
        <message>
            <source>Unknown driver.</source>
            <translation>Unbekannte Einflussgröße.</translation>
        </message>
        <message>
            <source>Goal seek: %1 × %2</source>
            <translation>Zielwertsuche: %1 × %2</translation>
        </message>
        <message>
            <source>Make %1 uncertain</source>
            <translation>%1 unsicher machen</translation>
        </message>
        <message>
            <source>Take %1 as entered (not uncertain)</source>
            <translation>%1 wie eingegeben verwenden (nicht unsicher)</translation>
        </message>
        <message>
            <source>triangular %1 / %2 / %3</source>
            <translation>dreiecksverteilt %1 / %2 / %3</translation>
        </message>
        <message>
            <source>uniform %1 to %2</source>
            <translation>gleichverteilt %1 bis %2</translation>
        </message>
        <message>
            <source>normal, mean %1, sd %2</source>
            <translation>normalverteilt, Mittelwert %1, Std.-Abw. %2</translation>
        </message>
        <message>
            <source>%1 is not uncertain.</source>
            <translation>%1 ist nicht unsicher.</translation>
        </message>
        <message>
            <source>A distribution has three parameters at most.</source>
            <translation>Eine Verteilung hat höchstens drei Parameter.</translation>
        </message>
        <message>
            <source>There is no Monte Carlo set-up yet.</source>
            <translation>Es gibt noch keine Monte-Carlo-Einrichtung.</translation>
        </message>
        <message>
            <source>Set Monte Carlo paths to %1</source>
            <translation>Monte-Carlo-Pfade auf %1 setzen</translation>
        </message>
        <message>
            <source>Set Monte Carlo seed to %1</source>
            <translation>Monte-Carlo-Startwert auf %1 setzen</translation>
        </message>
        <message>
            <source>A driver is fully correlated with itself.</source>
            <translation>Eine Einflussgröße ist mit sich selbst vollständig korreliert.</translation>
        </message>
        <message>
            <source>Correlation of %1 and %2</source>
            <translation>Korrelation von %1 und %2</translation>
        </message>
        <message>
            <source>Make %1 and %2 independent</source>
            <translation>%1 und %2 unabhängig machen</translation>
        </message>
        <message>
            <source>Correlate %1 and %2 (rho %3)</source>
            <translation>%1 und %2 korrelieren (rho %3)</translation>
        </message>
        <message>
            <source>Apply the critics' case to the risk set-up</source>
            <translation>Den Fall der Kritiker auf die Risiko-Einrichtung anwenden</translation>
        </message>
        <message>
            <source>Remove the risk set-up</source>
            <translation>Die Risiko-Einrichtung entfernen</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioDocument</name>
        <message>
            <source>This build cannot write scenario files.</source>
            <translation>Diese Version kann keine Szenariodateien schreiben.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The model could not be computed: %1</source>
            <translation>Das Modell konnte nicht berechnet werden: %1</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioFields</name>
        <message>
            <source>%1/GPU-h</source>
            <translation>%1/GPU-h</translation>
        </message>
        <message>
            <source>%1/kWh</source>
            <translation>%1/kWh</translation>
        </message>
        <message>
            <source>%1/kW/month</source>
            <translation>%1/kW/Monat</translation>
        </message>
        <message>
            <source>%1/month</source>
            <translation>%1/Monat</translation>
        </message>
        <message>
            <source>%/year</source>
            <translation>%/Jahr</translation>
        </message>
        <message>
            <source>months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <source>h/month</source>
            <translation>h/Monat</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Purchase %1: %2</source>
            <translation>Kauf %1: %2</translation>
        </message>
        <message>
            <source>Finance: %1</source>
            <translation>Finanzen: %1</translation>
        </message>
        <message>
            <source>Operations: %1</source>
            <translation>Betrieb: %1</translation>
        </message>
        <message>
            <source>Leasing: %1</source>
            <translation>Vermietung: %1</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioSchema</name>
        <message>
            <source>Same as book</source>
            <translation>Wie handelsrechtlich</translation>
        </message>
        <message>
            <source>US MACRS 5-year, half-year convention</source>
            <translation>US-MACRS 5 Jahre, Halbjahreskonvention</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keiner</translation>
        </message>
        <message>
            <source>Book value</source>
            <translation>Buchwert</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>Marktwert</translation>
        </message>
        <message>
            <source>Straight line</source>
            <translation>Linear</translation>
        </message>
        <message>
            <source>Double declining</source>
            <translation>Doppelt degressiv</translation>
        </message>
        <message>
            <source>Sum of years' digits</source>
            <translation>Digital (Jahressummen)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Format version</source>
            <translation>Formatversion</translation>
        </message>
        <message>
            <source>format version</source>
            <translation>Formatversion</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Name des Szenarios</translation>
        </message>
        <message>
            <source>scenario name</source>
            <translation>Name des Szenarios</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>ISO 4217 code of every money field, e.g. USD or EUR</source>
            <translation>ISO-4217-Code aller Geldbeträge, z. B. USD oder EUR</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Erster Monat</translation>
        </message>
        <message>
            <source>start month</source>
            <translation>Startmonat</translation>
        </message>
        <message>
            <source>Calendar month of month 0 (YYYY-MM)</source>
            <translation>Kalendermonat von Monat 0 (JJJJ-MM)</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>horizon</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Number of months the model runs</source>
            <translation>Anzahl der Monate, die das Modell rechnet</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>Finanzen</translation>
        </message>
        <message>
            <source>finance</source>
            <translation>Finanzen</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Betrieb</translation>
        </message>
        <message>
            <source>operations</source>
            <translation>Betrieb</translation>
        </message>
        <message>
            <source>GPU types</source>
            <translation>GPU-Typen</translation>
        </message>
        <message>
            <source>GPU type</source>
            <translation>GPU-Typ</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Käufe</translation>
        </message>
        <message>
            <source>purchase</source>
            <translation>Kauf</translation>
        </message>
        <message>
            <source>Internal demand</source>
            <translation>Interner Bedarf</translation>
        </message>
        <message>
            <source>internal demand</source>
            <translation>interner Bedarf</translation>
        </message>
        <message>
            <source>Leasing</source>
            <translation>Vermietung</translation>
        </message>
        <message>
            <source>leasing</source>
            <translation>Vermietung</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>sources of the assumptions</source>
            <translation>Quellen der Annahmen</translation>
        </message>
        <message>
            <source>Monte Carlo set-up</source>
            <translation>Monte-Carlo-Einstellungen</translation>
        </message>
        <message>
            <source>Discount rate (WACC)</source>
            <translation>Diskontsatz (WACC)</translation>
        </message>
        <message>
            <source>discount rate</source>
            <translation>Diskontsatz</translation>
        </message>
        <message>
            <source>Annual effective rate used for NPV</source>
            <translation>Effektiver Jahreszins für den Kapitalwert</translation>
        </message>
        <message>
            <source>Tax rate</source>
            <translation>Steuersatz</translation>
        </message>
        <message>
            <source>tax rate</source>
            <translation>Steuersatz</translation>
        </message>
        <message>
            <source>Tax depreciation</source>
            <translation>Steuerliche Abschreibung</translation>
        </message>
        <message>
            <source>tax depreciation</source>
            <translation>steuerliche Abschreibung</translation>
        </message>
        <message>
            <source>Bonus depreciation</source>
            <translation>Sonderabschreibung</translation>
        </message>
        <message>
            <source>bonus depreciation</source>
            <translation>Sonderabschreibung</translation>
        </message>
        <message>
            <source>Share of cost deducted in the first tax year (MACRS only)</source>
            <translation>Anteil der Kosten, der im ersten Steuerjahr abgezogen wird (nur MACRS)</translation>
        </message>
        <message>
            <source>Fiscal year ends in month</source>
            <translation>Geschäftsjahr endet im Monat</translation>
        </message>
        <message>
            <source>fiscal year end (calendar month)</source>
            <translation>Ende des Geschäftsjahres (Kalendermonat)</translation>
        </message>
        <message>
            <source>Calendar month 1-12 that closes the fiscal year</source>
            <translation>Kalendermonat 1–12, mit dem das Geschäftsjahr endet</translation>
        </message>
        <message>
            <source>Terminal value</source>
            <translation>Restwert</translation>
        </message>
        <message>
            <source>terminal value</source>
            <translation>Restwert am Ende des Zeitraums</translation>
        </message>
        <message>
            <source>Value of unsold GPUs at the end of the horizon</source>
            <translation>Wert der nicht verkauften GPUs am Ende des Zeitraums</translation>
        </message>
        <message>
            <source>Impairment test (ASC 360)</source>
            <translation>Werthaltigkeitstest (ASC 360)</translation>
        </message>
        <message>
            <source>impairment test</source>
            <translation>Werthaltigkeitstest</translation>
        </message>
        <message>
            <source>At every fiscal-year end, write a tranche down to its market value when its cash flows no longer recover its book value. Needs a market value curve on every GPU type bought.</source>
            <translation>An jedem Geschäftsjahresende eine Tranche auf ihren Marktwert abschreiben, wenn ihre Zahlungsströme ihren Buchwert nicht mehr decken. Braucht eine Marktwertkurve für jeden gekauften GPU-Typ.</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Verfügbarkeit</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>Verfügbarkeit</translation>
        </message>
        <message>
            <source>Share of hours a working GPU can be used</source>
            <translation>Anteil der Stunden, die eine funktionierende GPU nutzbar ist</translation>
        </message>
        <message>
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <source>Facility power / IT power</source>
            <translation>Gesamtleistung / IT-Leistung</translation>
        </message>
        <message>
            <source>Electricity price</source>
            <translation>Strompreis</translation>
        </message>
        <message>
            <source>electricity price</source>
            <translation>Strompreis</translation>
        </message>
        <message>
            <source>Electricity price change</source>
            <translation>Strompreisänderung</translation>
        </message>
        <message>
            <source>electricity price change</source>
            <translation>Strompreisänderung</translation>
        </message>
        <message>
            <source>Colocation</source>
            <translation>Colocation</translation>
        </message>
        <message>
            <source>colocation</source>
            <translation>Colocation</translation>
        </message>
        <message>
            <source>Per kW of IT load (full-load power) per month</source>
            <translation>Je kW IT-Last (Volllastleistung) und Monat</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Wartung</translation>
        </message>
        <message>
            <source>maintenance</source>
            <translation>Wartung</translation>
        </message>
        <message>
            <source>Share of capex of operating tranches, per year</source>
            <translation>Anteil der Investitionen der Tranchen in Betrieb, je Jahr</translation>
        </message>
        <message>
            <source>Staff cost</source>
            <translation>Personalkosten</translation>
        </message>
        <message>
            <source>staff cost</source>
            <translation>Personalkosten</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <source>id</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <source>Short unique key: a-z, 0-9, _ and -</source>
            <translation>Kurzer eindeutiger Schlüssel: a–z, 0–9, _ und -</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>GPU price</source>
            <translation>GPU-Preis</translation>
        </message>
        <message>
            <source>GPUs / server</source>
            <translation>GPUs / Server</translation>
        </message>
        <message>
            <source>GPUs per server</source>
            <translation>GPUs je Server</translation>
        </message>
        <message>
            <source>Server cost</source>
            <translation>Serverkosten</translation>
        </message>
        <message>
            <source>server cost</source>
            <translation>Serverkosten</translation>
        </message>
        <message>
            <source>Per server, beyond the GPUs</source>
            <translation>Je Server, zusätzlich zu den GPUs</translation>
        </message>
        <message>
            <source>Network / GPU</source>
            <translation>Netzwerk / GPU</translation>
        </message>
        <message>
            <source>network cost per GPU</source>
            <translation>Netzwerkkosten je GPU</translation>
        </message>
        <message>
            <source>Power / GPU</source>
            <translation>Leistung / GPU</translation>
        </message>
        <message>
            <source>power per GPU</source>
            <translation>Leistung je GPU</translation>
        </message>
        <message>
            <source>IT power at full load, server share included</source>
            <translation>IT-Leistung bei Volllast, Serveranteil eingeschlossen</translation>
        </message>
        <message>
            <source>Idle power</source>
            <translation>Leerlaufleistung</translation>
        </message>
        <message>
            <source>idle power</source>
            <translation>Leerlaufleistung</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>Durchsatz</translation>
        </message>
        <message>
            <source>throughput (H100 = 1)</source>
            <translation>Durchsatz (H100 = 1)</translation>
        </message>
        <message>
            <source>H100-equivalents per GPU (H100 = 1)</source>
            <translation>H100-Äquivalente je GPU (H100 = 1)</translation>
        </message>
        <message>
            <source>Book life</source>
            <translation>Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>book life</source>
            <translation>Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>Book (accounting) life: the months over which the GPUs are depreciated. The book-life presets change only this.</source>
            <translation>Buchnutzungsdauer (bilanziell): die Monate, über die die GPUs abgeschrieben werden. Die Vorgaben für die Buchnutzungsdauer ändern nur diese.</translation>
        </message>
        <message>
            <source>Operating life</source>
            <translation>Betriebsdauer</translation>
        </message>
        <message>
            <source>operating life</source>
            <translation>Betriebsdauer</translation>
        </message>
        <message>
            <source>Operating (economic) life: months in service before the GPUs are sold. It drives the cash flows and is set on its own.</source>
            <translation>Betriebsdauer (wirtschaftlich): Monate im Betrieb, bevor die GPUs verkauft werden. Sie bestimmt die Zahlungsströme und wird für sich eingestellt.</translation>
        </message>
        <message>
            <source>Salvage</source>
            <translation>Restbuchwert</translation>
        </message>
        <message>
            <source>salvage value</source>
            <translation>Restbuchwert</translation>
        </message>
        <message>
            <source>Book value left at the end of the book life</source>
            <translation>Verbleibender Buchwert am Ende der Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>Resale</source>
            <translation>Wiederverkauf</translation>
        </message>
        <message>
            <source>resale value</source>
            <translation>Wiederverkaufswert</translation>
        </message>
        <message>
            <source>Sale proceeds at disposal, share of cost</source>
            <translation>Verkaufserlös bei Abgang, Anteil der Kosten</translation>
        </message>
        <message>
            <source>Depreciation</source>
            <translation>Abschreibung</translation>
        </message>
        <message>
            <source>depreciation method</source>
            <translation>Abschreibungsmethode</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>Ausfälle</translation>
        </message>
        <message>
            <source>failure rate</source>
            <translation>Ausfallrate</translation>
        </message>
        <message>
            <source>Lease price</source>
            <translation>Mietpreis</translation>
        </message>
        <message>
            <source>lease price</source>
            <translation>Mietpreis</translation>
        </message>
        <message>
            <source>Cloud price</source>
            <translation>Cloudpreis</translation>
        </message>
        <message>
            <source>cloud price</source>
            <translation>Cloudpreis</translation>
        </message>
        <message>
            <source>market value</source>
            <translation>Marktwert</translation>
        </message>
        <message>
            <source>Age discount</source>
            <translation>Altersabschlag</translation>
        </message>
        <message>
            <source>market value age discount</source>
            <translation>Altersabschlag auf den Marktwert</translation>
        </message>
        <message>
            <source>Further discount per year of age on top of the market value curve</source>
            <translation>Zusätzlicher Abschlag pro Altersjahr über die Marktwertkurve hinaus</translation>
        </message>
        <message>
            <source>Change in book life</source>
            <translation>Änderung der Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>change in book life</source>
            <translation>Änderung der Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>From month</source>
            <translation>Ab Monat</translation>
        </message>
        <message>
            <source>month of the change in book life</source>
            <translation>Monat der Änderung der Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>New book life</source>
            <translation>Neue Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>new book life</source>
            <translation>neue Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>Price in month 0</source>
            <translation>Preis in Monat 0</translation>
        </message>
        <message>
            <source>price in month 0</source>
            <translation>Preis in Monat 0</translation>
        </message>
        <message>
            <source>Annual change</source>
            <translation>Jährliche Änderung</translation>
        </message>
        <message>
            <source>annual change</source>
            <translation>jährliche Änderung</translation>
        </message>
        <message>
            <source>Price points</source>
            <translation>Preispunkte</translation>
        </message>
        <message>
            <source>price points</source>
            <translation>Preispunkte</translation>
        </message>
        <message>
            <source>Purchase month</source>
            <translation>Kaufmonat</translation>
        </message>
        <message>
            <source>purchase month</source>
            <translation>Kaufmonat</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPUs</translation>
        </message>
        <message>
            <source>GPUs bought</source>
            <translation>Gekaufte GPUs</translation>
        </message>
        <message>
            <source>Install lag</source>
            <translation>Installationsverzug</translation>
        </message>
        <message>
            <source>install lag</source>
            <translation>Installationsverzug</translation>
        </message>
        <message>
            <source>Months from payment to service</source>
            <translation>Monate von der Zahlung bis zum Betrieb</translation>
        </message>
        <message>
            <source>GPU price override</source>
            <translation>Abweichender GPU-Preis</translation>
        </message>
        <message>
            <source>Empty: the GPU type's price</source>
            <translation>Leer: Preis des GPU-Typs</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Internal demand, month 0</source>
            <translation>Interner Bedarf, Monat 0</translation>
        </message>
        <message>
            <source>H100-equivalent compute hours per month</source>
            <translation>H100-Äquivalent-Rechenstunden je Monat</translation>
        </message>
        <message>
            <source>Demand growth</source>
            <translation>Bedarfswachstum</translation>
        </message>
        <message>
            <source>internal demand growth</source>
            <translation>Wachstum des internen Bedarfs</translation>
        </message>
        <message>
            <source>Internal demand series</source>
            <translation>Reihe des internen Bedarfs</translation>
        </message>
        <message>
            <source>internal demand by month</source>
            <translation>interner Bedarf je Monat</translation>
        </message>
        <message>
            <source>Lease surplus capacity</source>
            <translation>Überschusskapazität vermieten</translation>
        </message>
        <message>
            <source>leasing of surplus capacity</source>
            <translation>Vermietung der Überschusskapazität</translation>
        </message>
        <message>
            <source>Sellable share of surplus</source>
            <translation>Vermietbarer Anteil des Überschusses</translation>
        </message>
        <message>
            <source>share of surplus that finds a tenant</source>
            <translation>Anteil des Überschusses, der einen Mieter findet</translation>
        </message>
        <message>
            <source>Share of surplus hours that find a tenant</source>
            <translation>Anteil der Überschussstunden, die einen Mieter finden</translation>
        </message>
        <message>
            <source>Sales cost</source>
            <translation>Vertriebskosten</translation>
        </message>
        <message>
            <source>sales cost of leasing</source>
            <translation>Vertriebskosten der Vermietung</translation>
        </message>
        <message>
            <source>Sales, billing and support, as a share of lease revenue</source>
            <translation>Vertrieb, Abrechnung und Support, als Anteil der Mieterlöse</translation>
        </message>
        <message>
            <source>Contract length</source>
            <translation>Vertragslaufzeit</translation>
        </message>
        <message>
            <source>lease contract length</source>
            <translation>Laufzeit der Mietverträge</translation>
        </message>
        <message>
            <source>1 month = spot pricing</source>
            <translation>1 Monat = Spotpreise</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Pfade</translation>
        </message>
        <message>
            <source>Monte Carlo paths</source>
            <translation>Monte-Carlo-Pfade</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>Monte Carlo seed</source>
            <translation>Monte-Carlo-Startwert</translation>
        </message>
        <message>
            <source>Drivers</source>
            <translation>Treiber</translation>
        </message>
        <message>
            <source>Monte Carlo drivers</source>
            <translation>Monte-Carlo-Treiber</translation>
        </message>
        <message>
            <source>Correlations</source>
            <translation>Korrelationen</translation>
        </message>
        <message>
            <source>Monte Carlo correlations</source>
            <translation>Monte-Carlo-Korrelationen</translation>
        </message>
        <message>
            <source>Driver A</source>
            <translation>Treiber A</translation>
        </message>
        <message>
            <source>driver a</source>
            <translation>Treiber A</translation>
        </message>
        <message>
            <source>Driver B</source>
            <translation>Treiber B</translation>
        </message>
        <message>
            <source>driver b</source>
            <translation>Treiber B</translation>
        </message>
        <message>
            <source>Correlation</source>
            <translation>Korrelation</translation>
        </message>
        <message>
            <source>correlation</source>
            <translation>Korrelation</translation>
        </message>
        <message>
            <source>%1</source>
            <translation>%1</translation>
        </message>
        <message>
            <source>%1/GPU-h</source>
            <translation>%1/GPU-h</translation>
        </message>
        <message>
            <source>%1/kWh</source>
            <translation>%1/kWh</translation>
        </message>
        <message>
            <source>%1/kW/month</source>
            <translation>%1/kW/Monat</translation>
        </message>
        <message>
            <source>%1/month</source>
            <translation>%1/Monat</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>%/year</source>
            <translation>%/Jahr</translation>
        </message>
        <message>
            <source>kW</source>
            <translation>kW</translation>
        </message>
        <message>
            <source>months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <source>h/month</source>
            <translation>h/Monat</translation>
        </message>
        <message>
            <source>× H100</source>
            <translation>× H100</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioTableModel</name>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
        <message>
            <source>%1, %2/year</source>
            <translation>%1, %2/Jahr</translation>
        </message>
        <message>
            <source>no points</source>
            <translation>keine Punkte</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s), %1 → %2</source>
            <translation>
                <numerusform>%n Punkt, %1 → %2</numerusform>
                <numerusform>%n Punkte, %1 → %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioView</name>
        <message>
            <source>Assumptions</source>
            <translation>Annahmen</translation>
        </message>
        <message>
            <source>Fleet</source>
            <translation>Flotte</translation>
        </message>
        <message>
            <source>Demand &amp;&amp; Leasing</source>
            <translation>Bedarf &amp;&amp; Vermietung</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Sensitivität</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleich</translation>
        </message>
        <message>
            <source>Input problems: click one to go to the field</source>
            <translation>Eingabeprobleme: zum Springen zum Feld anklicken</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>Finanzen</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Betrieb</translation>
        </message>
        <message>
            <source>Sources of the assumptions</source>
            <translation>Quellen der Annahmen</translation>
        </message>
        <message>
            <source>&lt;b&gt;GPU types&lt;/b&gt;</source>
            <translation>&lt;b&gt;GPU-Typen&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Set book life</source>
            <translation>Buchnutzungsdauer setzen</translation>
        </message>
        <message>
            <source>Add GPU type</source>
            <translation>GPU-Typ hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Lease price</source>
            <translation>Mietpreis</translation>
        </message>
        <message>
            <source>Cloud price</source>
            <translation>Cloudpreis</translation>
        </message>
        <message>
            <source>&lt;b&gt;Purchases&lt;/b&gt; (paid in the purchase month, earning from the month in service)</source>
            <translation>&lt;b&gt;Käufe&lt;/b&gt; (bezahlt im Kaufmonat, Erträge ab dem Monat der Inbetriebnahme)</translation>
        </message>
        <message>
            <source>Add purchase</source>
            <translation>Kauf hinzufügen</translation>
        </message>
        <message>
            <source>Remove GPU type</source>
            <translation>GPU-Typ entfernen</translation>
        </message>
        <message>
            <source>Internal demand (H100-equivalent compute hours per month)</source>
            <translation>Interner Bedarf (H100-Äquivalent-Rechenstunden je Monat)</translation>
        </message>
        <message>
            <source>Leasing of surplus capacity</source>
            <translation>Vermietung der Überschusskapazität</translation>
        </message>
        <message>
            <source>Capacity, internal use and leasing</source>
            <translation>Kapazität, interne Nutzung und Vermietung</translation>
        </message>
        <message>
            <source>Swing of each driver:</source>
            <translation>Spanne jeder Einflussgröße:</translation>
        </message>
        <message>
            <source>Each driver alone is multiplied by 1 − swing and 1 + swing; bars show the NPV that results.</source>
            <translation>Jede Einflussgröße wird allein mit 1 − Spanne und 1 + Spanne multipliziert; die Balken zeigen den resultierenden Kapitalwert.</translation>
        </message>
        <message>
            <source>Tornado: NPV by driver</source>
            <translation>Tornado: Kapitalwert je Einflussgröße</translation>
        </message>
        <message>
            <source>Lease-price factor</source>
            <translation>Mietpreisfaktor</translation>
        </message>
        <message>
            <source>Internal-demand factor</source>
            <translation>Faktor interner Bedarf</translation>
        </message>
        <message>
            <source>NPV by lease-price and internal-demand factor</source>
            <translation>Kapitalwert nach Mietpreis- und Bedarfsfaktor</translation>
        </message>
        <message>
            <source>Sensitivity table</source>
            <translation>Sensitivitätstabelle</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message numerus="yes">
            <source>Import %n purchase(s) from CSV</source>
            <translation>
                <numerusform>%n Kauf aus CSV importieren</numerusform>
                <numerusform>%n Käufe aus CSV importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n purchase(s)</source>
            <translation>
                <numerusform>%n Kauf importiert</numerusform>
                <numerusform>%n Käufe importiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported a demand series of %n month(s)</source>
            <translation>
                <numerusform>Bedarfsreihe über %n Monat importiert</numerusform>
                <numerusform>Bedarfsreihe über %n Monate importiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Set-up</source>
            <translation>Einrichtung</translation>
        </message>
        <message>
            <source>Simulation</source>
            <translation>Simulation</translation>
        </message>
        <message>
            <source>Apply a company's disclosed server depreciation life to every GPU type. This is an accounting choice: it changes the book life only; the operating life (months in service, which drives the cash flows) stays as it is and is edited in its own column.</source>
            <translation>Die veröffentlichte Abschreibungsdauer eines Unternehmens für Server auf jeden GPU-Typ anwenden. Das ist eine Bilanzierungsentscheidung: Sie ändert nur die Buchnutzungsdauer; die Betriebsdauer (Monate im Betrieb, sie bestimmt die Zahlungsströme) bleibt, wie sie ist, und wird in ihrer eigenen Spalte bearbeitet.</translation>
        </message>
        <message>
            <source>Book life set to %1 months for every GPU type; operating lives unchanged</source>
            <translation>Buchnutzungsdauer für jeden GPU-Typ auf %1 Monate gesetzt; Betriebsdauern unverändert</translation>
        </message>
        <message>
            <source>Paste rows from a spreadsheet with Ctrl+V: columns month, sku, gpus (and install_lag_months, gpu_price, label), with or without a header row</source>
            <translation>Zeilen aus einer Tabellenkalkulation mit Strg+V einfügen: Spalten month, sku, gpus (und install_lag_months, gpu_price, label), mit oder ohne Kopfzeile</translation>
        </message>
        <message>
            <source>Swing</source>
            <translation>Spanne</translation>
        </message>
        <message>
            <source>Goal seek…</source>
            <translation>Zielwertsuche…</translation>
        </message>
        <message>
            <source>Which value of a driver makes NPV zero, reaches an IRR or a payback month?</source>
            <translation>Welcher Wert einer Einflussgröße macht den Kapitalwert null, erreicht einen IZF oder einen Amortisationsmonat?</translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n purchase(s)</source>
            <translation>
                <numerusform>%n Kauf eingefügt</numerusform>
                <numerusform>%n Käufe eingefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n row(s) refused</source>
            <translation>
                <numerusform>; %n Zeile abgelehnt</numerusform>
                <numerusform>; %n Zeilen abgelehnt</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>Paste purchases</source>
            <translation>Käufe einfügen</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) pasted as purchases (Undo removes them in one step).</source>
            <translation>
                <numerusform>%n Zeile als Kauf eingefügt (Rückgängig entfernt sie in einem Schritt).</numerusform>
                <numerusform>%n Zeilen als Käufe eingefügt (Rückgängig entfernt sie in einem Schritt).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) refused:</source>
            <translation>
                <numerusform>%n Zeile abgelehnt:</numerusform>
                <numerusform>%n Zeilen abgelehnt:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No row could be pasted; %n row(s) refused:</source>
            <translation>
                <numerusform>Keine Zeile konnte eingefügt werden; %n Zeile abgelehnt:</numerusform>
                <numerusform>Keine Zeile konnte eingefügt werden; %n Zeilen abgelehnt:</numerusform>
            </translation>
        </message>
        <message>
            <source>Balance sheet</source>
            <translation>Bilanz</translation>
        </message>
        <message>
            <source>As a change in estimate from a month</source>
            <translation>Als Änderung einer Schätzung ab einem Monat</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>Marktwert</translation>
        </message>
        <message>
            <source>Change in book life</source>
            <translation>Änderung der Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>Import demand</source>
            <translation>Bedarf importieren</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::SensitivityTableModel</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Einflussgröße</translation>
        </message>
        <message>
            <source>NPV at −%1 %</source>
            <translation>Kapitalwert bei −%1 %</translation>
        </message>
        <message>
            <source>NPV at +%1 %</source>
            <translation>Kapitalwert bei +%1 %</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Spanne</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Default location</source>
            <translation>Standardort</translation>
        </message>
        <message>
            <source>Browse...</source>
            <translation>Durchsuchen...</translation>
        </message>
        <message>
            <source>Workspace file:</source>
            <translation>Arbeitsbereichsdatei:</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Arbeitsbereichsdatei</translation>
        </message>
        <message>
            <source>FleetROI workspaces (*.sqlite)</source>
            <translation>FleetROI-Arbeitsbereiche (*.sqlite)</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>Compact (USD 12.3 m)</source>
            <translation>Kompakt (USD 12,3 Mio.)</translation>
        </message>
        <message>
            <source>Full (USD 12,345,678)</source>
            <translation>Vollständig (USD 12.345.678)</translation>
        </message>
        <message>
            <source>Money amounts:</source>
            <translation>Geldbeträge:</translation>
        </message>
        <message>
            <source>Numbers on screen follow the language's conventions; scenario files and the command line always use the C locale. A new language or workspace takes effect after a restart.</source>
            <translation>Zahlen auf dem Bildschirm folgen den Konventionen der Sprache; Szenariodateien und die Kommandozeile verwenden immer das C-Gebietsschema. Eine neue Sprache oder ein neuer Arbeitsbereich wird nach einem Neustart wirksam.</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::SkuTableModel</name>
        <message>
            <source>Lease price
%1/GPU-h</source>
            <translation>Mietpreis
%1/GPU-h</translation>
        </message>
        <message>
            <source>Cloud price
%1/GPU-h</source>
            <translation>Cloudpreis
%1/GPU-h</translation>
        </message>
        <message>
            <source>Edit the curve in the price editor below the table</source>
            <translation>Die Kurve im Preiseditor unter der Tabelle bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::StartPage</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>&lt;h2&gt;FleetROI&lt;/h2&gt;&lt;p&gt;Open a scenario to work on, look at an example, or start a new scenario from a template.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;FleetROI&lt;/h2&gt;&lt;p&gt;Ein Szenario zum Bearbeiten öffnen, ein Beispiel ansehen oder ein neues Szenario aus einer Vorlage beginnen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Recent scenarios</source>
            <translation>Zuletzt verwendete Szenarien</translation>
        </message>
        <message>
            <source>Files you opened or exported lately. Double-click to open.</source>
            <translation>Dateien, die Sie zuletzt geöffnet oder exportiert haben. Doppelklick zum Öffnen.</translation>
        </message>
        <message>
            <source>Open a file...</source>
            <translation>Datei öffnen...</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Beispiele</translation>
        </message>
        <message>
            <source>Worked scenarios that come with FleetROI. Double-click to open one (your changes are saved as a new scenario).</source>
            <translation>Durchgerechnete Szenarien, die mit FleetROI geliefert werden. Doppelklick öffnet eines (Ihre Änderungen werden als neues Szenario gespeichert).</translation>
        </message>
        <message>
            <source>New from template</source>
            <translation>Neu aus Vorlage</translation>
        </message>
        <message>
            <source>A new scenario under a new name, starting from a blank set-up or from an example's assumptions.</source>
            <translation>Ein neues Szenario unter neuem Namen, ausgehend von einer leeren Einrichtung oder von den Annahmen eines Beispiels.</translation>
        </message>
        <message>
            <source>Blank scenario
One H100 type, one purchase, five years from this month</source>
            <translation>Leeres Szenario
Ein H100-Typ, ein Kauf, fünf Jahre ab diesem Monat</translation>
        </message>
        <message>
            <source>Based on "%1"
Its fleet, prices and assumptions under a new name</source>
            <translation>Auf Basis von „%1“
Seine Flotte, Preise und Annahmen unter neuem Namen</translation>
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation>%1 (nicht gefunden)</translation>
        </message>
        <message>
            <source>No recent files yet.</source>
            <translation>Noch keine zuletzt verwendeten Dateien.</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::TableClipboard</name>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy whole table</source>
            <translation>Ganze Tabelle kopieren</translation>
        </message>
        <message>
            <source>Paste rows from a spreadsheet</source>
            <translation>Zeilen aus einer Tabellenkalkulation einfügen</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::TrancheTableModel</name>
        <message>
            <source>%1 bought %2</source>
            <translation>%1 gekauft %2</translation>
        </message>
        <message>
            <source>held</source>
            <translation>gehalten</translation>
        </message>
        <message>
            <source>#</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Tranche</source>
            <translation>Tranche</translation>
        </message>
        <message>
            <source>GPU type</source>
            <translation>GPU-Typ</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Gekauft</translation>
        </message>
        <message>
            <source>In service</source>
            <translation>In Betrieb</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPUs</translation>
        </message>
        <message>
            <source>Capex (%1)</source>
            <translation>Investitionen (%1)</translation>
        </message>
        <message>
            <source>Sold</source>
            <translation>Verkauft</translation>
        </message>
        <message>
            <source>Proceeds (%1)</source>
            <translation>Erlöse (%1)</translation>
        </message>
        <message>
            <source>Book gain (%1)</source>
            <translation>Buchgewinn (%1)</translation>
        </message>
        <message>
            <source>Terminal value (%1)</source>
            <translation>Restwert (%1)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::UncertaintyPresets</name>
        <message>
            <source>Critics' case: the risks sceptics of GPU-fleet economics name, as multipliers on the scenario skewed against it (replaces the drivers and correlations; paths and seed are kept; Undo brings the old set-up back):
- Book and operating life x 0.5 / 0.65 / 1.0 (triangular): GPUs earn for about 3 years, not 5-6 (0.55 x 66 months = 36 months).
- Lease prices x 0.45 / 0.7 / 1.0: a steeper decline as new generations arrive, expressed as lower prices over the life (the driver scales the whole curve).
- Internal demand x 0.6 / 0.85 / 1.05 and sellable share of surplus x 0.5 / 0.75 / 1.0: lower utilization.
- Lease prices and sellable share of surplus correlated (rho 0.5): a glut lowers prices and take-up together.</source>
            <translation>Fall der Kritiker: die Risiken, die Skeptiker der GPU-Flotten-Ökonomie nennen, als Faktoren auf das Szenario, gegen es verzerrt (ersetzt die Einflussgrößen und Korrelationen; Pfade und Startwert bleiben; Rückgängig bringt die alte Einrichtung zurück):
- Buchnutzungs- und Betriebsdauer x 0,5 / 0,65 / 1,0 (dreiecksverteilt): GPUs verdienen etwa 3 Jahre, nicht 5-6 (0,55 x 66 Monate = 36 Monate).
- Mietpreise x 0,45 / 0,7 / 1,0: ein steilerer Rückgang, wenn neue Generationen kommen, ausgedrückt als niedrigere Preise über die Lebensdauer (die Einflussgröße skaliert die ganze Kurve).
- Interner Bedarf x 0,6 / 0,85 / 1,05 und vermietbarer Anteil des Überschusses x 0,5 / 0,75 / 1,0: geringere Auslastung.
- Mietpreise und vermietbarer Anteil des Überschusses korreliert (rho 0,5): Ein Überangebot senkt Preise und Nachfrage zugleich.</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::UsefulLifeChangeEditor</name>
        <message>
            <source>Change the book life from a month (change in accounting estimate)</source>
            <translation>Buchnutzungsdauer ab einem Monat ändern (Änderung einer Schätzung)</translation>
        </message>
        <message>
            <source>The first month with the new book life; earlier months are not restated (ASC 250).</source>
            <translation>Der erste Monat mit der neuen Buchnutzungsdauer; frühere Monate werden nicht angepasst (ASC 250).</translation>
        </message>
        <message>
            <source>From month:</source>
            <translation>Ab Monat:</translation>
        </message>
        <message>
            <source>New book life</source>
            <translation>Neue Buchnutzungsdauer</translation>
        </message>
        <message>
            <source>months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <source>New book life:</source>
            <translation>Neue Buchnutzungsdauer:</translation>
        </message>
        <message>
            <source>Apply a company's book life from a month</source>
            <translation>Buchnutzungsdauer eines Unternehmens ab einem Monat anwenden</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Book life of %1: %2 months from entering service</source>
            <translation>Buchnutzungsdauer von %1: %2 Monate ab Inbetriebnahme</translation>
        </message>
        <message>
            <source>From %1 the book value left on tranches of %2 still being depreciated is spread straight-line so that their book life ends %3 months after they entered service; tranches entering service from %1 on use %3 months. Earlier months are not restated. The operating life, the tax schedule and the cash flows do not change.</source>
            <translation>Ab %1 wird der verbleibende Buchwert noch abzuschreibender Tranchen von %2 linear so verteilt, dass ihre Buchnutzungsdauer %3 Monate nach ihrer Inbetriebnahme endet; ab %1 in Betrieb gehende Tranchen verwenden %3 Monate. Frühere Monate werden nicht angepasst. Betriebsdauer, steuerlicher Abschreibungsplan und Zahlungsströme ändern sich nicht.</translation>
        </message>
        <message>
            <source>No change in estimate: %1 is depreciated over %2 months.</source>
            <translation>Keine Änderung einer Schätzung: %1 wird über %2 Monate abgeschrieben.</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::WorkspaceBrowser</name>
        <message>
            <source>Filter by name or tag</source>
            <translation>Nach Name oder Schlagwort filtern</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message numerus="yes">
            <source>%n revision(s); double-click to open the newest</source>
            <translation>
                <numerusform>%n Revision; Doppelklick öffnet die neueste</numerusform>
                <numerusform>%n Revisionen; Doppelklick öffnet die neueste</numerusform>
            </translation>
        </message>
        <message>
            <source>Revision %1</source>
            <translation>Revision %1</translation>
        </message>
        <message>
            <source>Revision %1: %2</source>
            <translation>Revision %1: %2</translation>
        </message>
        <message>
            <source>Saved by %1</source>
            <translation>Gespeichert von %1</translation>
        </message>
        <message>
            <source>Open revision %1</source>
            <translation>Revision %1 öffnen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Rename...</source>
            <translation>Umbenennen...</translation>
        </message>
        <message>
            <source>Rename scenario</source>
            <translation>Szenario umbenennen</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Neuer Name:</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Duplicate scenario</source>
            <translation>Szenario duplizieren</translation>
        </message>
        <message>
            <source>Edit tags...</source>
            <translation>Schlagwörter bearbeiten...</translation>
        </message>
        <message>
            <source>Tags, separated by commas:</source>
            <translation>Schlagwörter, durch Kommas getrennt:</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>In den Papierkorb</translation>
        </message>
        <message>
            <source>Moved to the trash</source>
            <translation>In den Papierkorb verschoben</translation>
        </message>
        <message>
            <source>Restore revision %1 as the newest</source>
            <translation>Revision %1 als neueste wiederherstellen</translation>
        </message>
        <message>
            <source>Restore revision</source>
            <translation>Revision wiederherstellen</translation>
        </message>
        <message>
            <source>Revision %1 restored as the newest</source>
            <translation>Revision %1 als neueste wiederhergestellt</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Papierkorb</translation>
        </message>
        <message>
            <source>Scenarios in the trash keep their whole history until the trash is emptied.</source>
            <translation>Szenarien im Papierkorb behalten ihren ganzen Verlauf, bis der Papierkorb geleert wird.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Papierkorb leeren</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n revision(s))</source>
            <translation>
                <numerusform>%1 (%n Revision)</numerusform>
                <numerusform>%1 (%n Revisionen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete this scenario and all its revisions for good?</source>
            <translation>Dieses Szenario und alle seine Revisionen endgültig löschen?</translation>
        </message>
        <message>
            <source>Delete every scenario in the trash and all its revisions for good?</source>
            <translation>Alle Szenarien im Papierkorb mit allen Revisionen endgültig löschen?</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::WorkspaceController</name>
        <message>
            <source>Workspace not available: %1</source>
            <translation>Arbeitsbereich nicht verfügbar: %1</translation>
        </message>
        <message>
            <source>Workspace opened read-only: %1</source>
            <translation>Arbeitsbereich schreibgeschützt geöffnet: %1</translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Arbeitsbereich öffnen oder anlegen</translation>
        </message>
        <message>
            <source>FleetROI workspaces (*.sqlite *.fleetroi-workspace);;All files (*)</source>
            <translation>FleetROI-Arbeitsbereiche (*.sqlite *.fleetroi-workspace);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Workspace %1</source>
            <translation>Arbeitsbereich %1</translation>
        </message>
        <message>
            <source>Open team workspace</source>
            <translation>Team-Arbeitsbereich öffnen</translation>
        </message>
        <message>
            <source>Address of the team workspace on a PostgreSQL server:
postgresql://[user@]host[:port]/database[?sslmode=require]
The password is asked for when ~/.pgpass or PGPASSWORD has none; FleetROI never saves it.</source>
            <translation>Adresse des Team-Arbeitsbereichs auf einem PostgreSQL-Server:
postgresql://[user@]host[:port]/database[?sslmode=require]
Das Passwort wird abgefragt, wenn ~/.pgpass oder PGPASSWORD keines enthält; FleetROI speichert es nie.</translation>
        </message>
        <message>
            <source>Team workspace %1</source>
            <translation>Team-Arbeitsbereich %1</translation>
        </message>
        <message>
            <source>The team workspace could not be opened. The status bar says why; the previous workspace is closed.</source>
            <translation>Der Team-Arbeitsbereich konnte nicht geöffnet werden. Die Statusleiste nennt den Grund; der vorherige Arbeitsbereich ist geschlossen.</translation>
        </message>
        <message>
            <source>Team workspace password</source>
            <translation>Passwort des Team-Arbeitsbereichs</translation>
        </message>
        <message>
            <source>%1

Password for %2 (kept in memory for this session only, never saved):</source>
            <translation>%1

Passwort für %2 (nur für diese Sitzung im Speicher, nie gespeichert):</translation>
        </message>
        <message>
            <source>Team workspace %1 as %2</source>
            <translation>Team-Arbeitsbereich %1 als %2</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (schreibgeschützt)</translation>
        </message>
        <message>
            <source>Import scenario</source>
            <translation>Szenario importieren</translation>
        </message>
        <message>
            <source>The workspace already has a scenario named "%1".</source>
            <translation>Der Arbeitsbereich hat bereits ein Szenario namens „%1“.</translation>
        </message>
        <message>
            <source>Add as new revision</source>
            <translation>Als neue Revision hinzufügen</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Beide behalten</translation>
        </message>
        <message>
            <source>Open scenario file</source>
            <translation>Szenariodatei öffnen</translation>
        </message>
        <message>
            <source>%1 is not a valid scenario file:

%2</source>
            <translation>%1 ist keine gültige Szenariodatei:

%2</translation>
        </message>
        <message>
            <source>%1 is already in the workspace</source>
            <translation>%1 ist bereits im Arbeitsbereich</translation>
        </message>
        <message>
            <source>Imported %1 into the workspace</source>
            <translation>%1 in den Arbeitsbereich importiert</translation>
        </message>
        <message>
            <source>No writable workspace: export the scenario as a file instead.</source>
            <translation>Kein beschreibbarer Arbeitsbereich: Szenario stattdessen als Datei exportieren.</translation>
        </message>
        <message>
            <source>Save revision</source>
            <translation>Revision speichern</translation>
        </message>
        <message>
            <source>%1

Save your version as a copy instead?</source>
            <translation>%1

Ihre Fassung stattdessen als Kopie speichern?</translation>
        </message>
        <message>
            <source>No changes since revision %1</source>
            <translation>Keine Änderungen seit Revision %1</translation>
        </message>
        <message>
            <source>Saved revision %1</source>
            <translation>Revision %1 gespeichert</translation>
        </message>
        <message>
            <source>This scenario, revision %1 (%2)</source>
            <translation>Dieses Szenario, Revision %1 (%2)</translation>
        </message>
        <message>
            <source>This scenario, revision %1: %2</source>
            <translation>Dieses Szenario, Revision %1: %2</translation>
        </message>
        <message>
            <source>Revision %1</source>
            <translation>Revision %1</translation>
        </message>
        <message>
            <source>%1 (saved)</source>
            <translation>%1 (gespeichert)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::BalanceSheetChart</name>
        <message>
            <source>Value at end of month</source>
            <translation>Wert am Monatsende</translation>
        </message>
        <message>
            <source>Net book value</source>
            <translation>Restbuchwert</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>Marktwert</translation>
        </message>
        <message>
            <source>Tax basis</source>
            <translation>Steuerliche Basis</translation>
        </message>
        <message>
            <source>Impairment</source>
            <translation>Wertminderung</translation>
        </message>
        <message>
            <source>−%1 impairment</source>
            <translation>−%1 Wertminderung</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::BookValueChart</name>
        <message>
            <source>Book value</source>
            <translation>Buchwert</translation>
        </message>
        <message>
            <source>Fleet book value</source>
            <translation>Buchwert der Flotte</translation>
        </message>
        <message>
            <source>Tax basis</source>
            <translation>Steuerliche Basis</translation>
        </message>
        <message>
            <source>Bought %1</source>
            <translation>Gekauft %1</translation>
        </message>
        <message>
            <source>FY%1 vintage</source>
            <translation>Jahrgang GJ%1</translation>
        </message>
        <message>
            <source>Other (%1 tranches)</source>
            <translation>Sonstige (%1 Tranchen)</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>Marktwert</translation>
        </message>
        <message>
            <source>Impairment</source>
            <translation>Wertminderung</translation>
        </message>
        <message>
            <source>Value at end of month</source>
            <translation>Wert am Monatsende</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::CapacityChart</name>
        <message>
            <source>Compute hours (H100-eq.)</source>
            <translation>Rechenstunden (H100-Äq.)</translation>
        </message>
        <message>
            <source>Internal use</source>
            <translation>Interne Nutzung</translation>
        </message>
        <message>
            <source>Leased</source>
            <translation>Vermietet</translation>
        </message>
        <message>
            <source>Shortfall</source>
            <translation>Fehlmenge</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapazität</translation>
        </message>
        <message>
            <source>Internal demand</source>
            <translation>Interner Bedarf</translation>
        </message>
        <message>
            <source>Utilization</source>
            <translation>Auslastung</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::CashFlowChart</name>
        <message>
            <source>Net cash flow per month</source>
            <translation>Netto-Cashflow je Monat</translation>
        </message>
        <message>
            <source>Cumulative cash flow</source>
            <translation>Kumulierter Cashflow</translation>
        </message>
        <message>
            <source>Net cash in</source>
            <translation>Netto-Zufluss</translation>
        </message>
        <message>
            <source>Net cash out</source>
            <translation>Netto-Abfluss</translation>
        </message>
        <message>
            <source>Payback %1</source>
            <translation>Amortisation %1</translation>
        </message>
        <message>
            <source>No payback within the horizon</source>
            <translation>Keine Amortisation im Planungszeitraum</translation>
        </message>
        <message>
            <source>Discounted payback %1</source>
            <translation>Diskontierte Amortisation %1</translation>
        </message>
        <message>
            <source>Net cash flow</source>
            <translation>Netto-Cashflow</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Kumuliert</translation>
        </message>
        <message>
            <source>EBITDA</source>
            <translation>EBITDA</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>Investitionen</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Steuer</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::ChartFormat</name>
        <message>
            <source>T</source>
            <comment>trillion (10^12) after an abbreviated amount: 1.5T</comment>
            <translation> Bio.</translation>
        </message>
        <message>
            <source>B</source>
            <comment>billion (10^9) after an abbreviated amount: 1.5B</comment>
            <translation> Mrd.</translation>
        </message>
        <message>
            <source>M</source>
            <comment>million (10^6) after an abbreviated amount: 1.5M</comment>
            <translation> Mio.</translation>
        </message>
        <message>
            <source>K</source>
            <comment>thousand (10^3) after an abbreviated amount: 1.5K</comment>
            <translation> Tsd.</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::ChartView</name>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1x</source>
            <translation>%1×</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Keine Daten</translation>
        </message>
        <message>
            <source>%1/h</source>
            <translation>%1/h</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Unsupported file type "%1": use .png, .svg or .pdf.</source>
            <translation>Nicht unterstützter Dateityp „%1“: bitte .png, .svg oder .pdf verwenden.</translation>
        </message>
        <message>
            <source>Could not write "%1".</source>
            <translation>„%1“ konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>FleetROI chart</source>
            <translation>FleetROI-Diagramm</translation>
        </message>
        <message>
            <source>Export chart...</source>
            <translation>Diagramm exportieren...</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
            <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <source>The chart could not be written.</source>
            <translation>Das Diagramm konnte nicht geschrieben werden.</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::ComparisonChart</name>
        <message>
            <source>Cumulative cash flow</source>
            <translation>Kumulierter Cashflow</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>Szenario %1</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::DistributionPreviewChart</name>
        <message>
            <source>Density of the multiplier as the simulation draws it; the dashed line is 1.0, the scenario as entered</source>
            <translation>Dichte des Faktors, wie die Simulation ihn zieht; die gestrichelte Linie ist 1,0, das Szenario wie eingegeben</translation>
        </message>
        <message>
            <source>Density</source>
            <translation>Dichte</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::FanChart</name>
        <message>
            <source>Cumulative cash flow</source>
            <translation>Kumulierter Cashflow</translation>
        </message>
        <message>
            <source>P10</source>
            <translation>P10</translation>
        </message>
        <message>
            <source>P10 to P90</source>
            <translation>P10 bis P90</translation>
        </message>
        <message>
            <source>P50 (median)</source>
            <translation>P50 (Median)</translation>
        </message>
        <message>
            <source>P90</source>
            <translation>P90</translation>
        </message>
        <message>
            <source>P50</source>
            <translation>P50</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::HeatMapChart</name>
        <message>
            <source>%1x</source>
            <translation>%1×</translation>
        </message>
        <message>
            <source>Lease price factor</source>
            <translation>Mietpreisfaktor</translation>
        </message>
        <message>
            <source>Internal demand factor</source>
            <translation>Faktor interner Bedarf</translation>
        </message>
        <message>
            <source>NPV</source>
            <translation>Kapitalwert</translation>
        </message>
        <message>
            <source>%1: %2
%3: %4
NPV: %5</source>
            <translation>%1: %2
%3: %4
Kapitalwert: %5</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::HistogramChart</name>
        <message>
            <source>NPV</source>
            <translation>Kapitalwert</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Pfade</translation>
        </message>
        <message>
            <source>Paths per NPV bin</source>
            <translation>Pfade je Kapitalwert-Klasse</translation>
        </message>
        <message>
            <source>P10 %1</source>
            <translation>P10 %1</translation>
        </message>
        <message>
            <source>P50 %1</source>
            <translation>P50 %1</translation>
        </message>
        <message>
            <source>P90 %1</source>
            <translation>P90 %1</translation>
        </message>
        <message>
            <source>%1 to %2
%3 paths (%4)</source>
            <translation>%1 bis %2
%3 Pfade (%4)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::NpvBarsChart</name>
        <message>
            <source>NPV</source>
            <translation>Kapitalwert</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>Szenario %1</translation>
        </message>
        <message>
            <source>NPV above zero</source>
            <translation>Kapitalwert über null</translation>
        </message>
        <message>
            <source>NPV below zero</source>
            <translation>Kapitalwert unter null</translation>
        </message>
        <message>
            <source>%1
NPV: %2</source>
            <translation>%1
Kapitalwert: %2</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::PriceCurveChart</name>
        <message>
            <source>Price per GPU-hour</source>
            <translation>Preis je GPU-Stunde</translation>
        </message>
        <message>
            <source>%1 lease</source>
            <translation>%1 Miete</translation>
        </message>
        <message>
            <source>%1 cloud</source>
            <translation>%1 Cloud</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>The %1 GPU types with the largest capex; %2 more in the Fleet tab</source>
            <translation>Die %1 GPU-Typen mit den höchsten Investitionen; %2 weitere auf der Registerkarte Flotte</translation>
        </message>
        <message>
            <source>Value per GPU</source>
            <translation>Wert pro GPU</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::RevenueCostChart</name>
        <message>
            <source>Per month (costs below zero)</source>
            <translation>Je Monat (Kosten unter null)</translation>
        </message>
        <message>
            <source>Lease revenue</source>
            <translation>Mieterlöse</translation>
        </message>
        <message>
            <source>Internal value</source>
            <translation>Interner Wert</translation>
        </message>
        <message>
            <source>Electricity</source>
            <translation>Strom</translation>
        </message>
        <message>
            <source>Colocation</source>
            <translation>Colocation</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Wartung</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Vertrieb</translation>
        </message>
        <message>
            <source>EBITDA</source>
            <translation>EBITDA</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::TornadoChart</name>
        <message>
            <source>NPV</source>
            <translation>Kapitalwert</translation>
        </message>
        <message>
            <source>Driver -%1%</source>
            <translation>Einflussgröße −%1 %</translation>
        </message>
        <message>
            <source>Driver +%1%</source>
            <translation>Einflussgröße +%1 %</translation>
        </message>
        <message>
            <source>Base NPV %1</source>
            <translation>Basis-Kapitalwert %1</translation>
        </message>
        <message>
            <source>%1
Low: %2
High: %3
Swing: %4
Base: %5</source>
            <translation>%1
Niedrig: %2
Hoch: %3
Spanne: %4
Basis: %5</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::UtilizationChart</name>
        <message>
            <source>Utilization</source>
            <translation>Auslastung</translation>
        </message>
        <message>
            <source>Average %1%</source>
            <translation>Durchschnitt %1 %</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::WaterfallChart</name>
        <message>
            <source>NPV</source>
            <translation>Kapitalwert</translation>
        </message>
        <message>
            <source>%1
NPV: %2</source>
            <translation>%1
Kapitalwert: %2</translation>
        </message>
        <message>
            <source>%1
NPV change: %2
NPV after this step: %3</source>
            <translation>%1
Änderung des Kapitalwerts: %2
Kapitalwert nach diesem Schritt: %3</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::exporting::CsvImport</name>
        <message>
            <source>the header has no '%1' column</source>
            <translation>die Kopfzeile hat keine Spalte „%1“</translation>
        </message>
        <message>
            <source>month: must be 0 to %1 or a month from %2 to %3, got '%4'</source>
            <translation>month: muss 0 bis %1 oder ein Monat von %2 bis %3 sein, erhalten: „%4“</translation>
        </message>
        <message>
            <source>sku: no SKU with the id or name '%1'</source>
            <translation>sku: keine SKU mit der Kennung oder dem Namen „%1“</translation>
        </message>
        <message>
            <source>label: control characters are not allowed</source>
            <translation>label: Steuerzeichen sind nicht erlaubt</translation>
        </message>
        <message numerus="yes">
            <source>more values than the %n month(s) of the horizon</source>
            <translation>
                <numerusform>mehr Werte als der %n Monat des Planungszeitraums</numerusform>
                <numerusform>mehr Werte als die %n Monate des Planungszeitraums</numerusform>
            </translation>
        </message>
        <message>
            <source>month %1 is given twice</source>
            <translation>Monat %1 ist doppelt angegeben</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) without a value: %1</source>
            <translation>
                <numerusform>%n Monat ohne Wert: %1</numerusform>
                <numerusform>%n Monate ohne Wert: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>empty</source>
            <translation>leer</translation>
        </message>
        <message>
            <source>'%1' has thousands separators, which are not read; write it without them</source>
            <translation>„%1“ hat Tausendertrennzeichen, die nicht gelesen werden; bitte ohne sie schreiben</translation>
        </message>
        <message>
            <source>'%1' has a decimal %2, but the decimal separator is the %3</source>
            <translation>„%1“ hat ein Dezimal-%2, aber das Dezimaltrennzeichen ist das %3</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>„%1“ ist keine Zahl</translation>
        </message>
        <message>
            <source>'%1' is too large</source>
            <translation>„%1“ ist zu groß</translation>
        </message>
        <message>
            <source>%1: must be %2, got %3</source>
            <translation>%1: muss %2 sein, eingegeben: %3</translation>
        </message>
        <message>
            <source>1 field</source>
            <translation>1 Feld</translation>
        </message>
        <message>
            <source>%1 fields</source>
            <translation>%1 Felder</translation>
        </message>
        <message>
            <source>%1, but the header has %2</source>
            <translation>%1, aber die Kopfzeile hat %2</translation>
        </message>
        <message>
            <source>%1, but the other rows have %2</source>
            <translation>%1, aber die anderen Zeilen haben %2</translation>
        </message>
        <message>
            <source> (a number with a decimal comma in a comma-separated file? Quote it, write it with a decimal point, or use semicolons between fields)</source>
            <translation> (eine Zahl mit Dezimalkomma in einer kommagetrennten Datei? In Anführungszeichen setzen, mit Dezimalpunkt schreiben oder Semikolons zwischen die Felder setzen)</translation>
        </message>
        <message>
            <source>the file is not UTF-8 (it holds zero bytes): it looks like UTF-16 without a byte-order mark; choose the encoding %1 or %2 explicitly</source>
            <translation>Die Datei ist kein UTF-8 (sie enthält Null-Bytes): Sie sieht nach UTF-16 ohne Bytereihenfolge-Markierung aus; bitte die Kodierung %1 oder %2 ausdrücklich wählen</translation>
        </message>
        <message>
            <source>the file is not valid UTF-8 (line %1: byte 0x%2); it is probably Windows-1252, as Excel on Windows saves CSV files. Choose the encoding explicitly (Windows-1252 or Latin-1) to read it; nothing was guessed</source>
            <translation>Die Datei ist kein gültiges UTF-8 (Zeile %1: Byte 0x%2); vermutlich ist sie Windows-1252, wie Excel unter Windows CSV-Dateien speichert. Bitte die Kodierung ausdrücklich wählen (Windows-1252 oder Latin-1), um sie zu lesen; es wurde nichts geraten</translation>
        </message>
        <message>
            <source>the file is not valid %1</source>
            <translation>Die Datei ist kein gültiges %1</translation>
        </message>
        <message>
            <source>the file holds bytes that Windows-1252 does not define (0x81, 0x8D, 0x8F, 0x90 or 0x9D): it is not Windows-1252</source>
            <translation>Die Datei enthält Bytes, die Windows-1252 nicht definiert (0x81, 0x8D, 0x8F, 0x90 oder 0x9D): Sie ist nicht Windows-1252</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>Komma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>Semikolon</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>point</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>the decimal separator (%1) cannot also be the delimiter between fields; choose another</source>
            <translation>Das Dezimaltrennzeichen (%1) kann nicht zugleich das Trennzeichen zwischen Feldern sein; bitte ein anderes wählen</translation>
        </message>
        <message>
            <source>the decimal separator must be a point or a comma</source>
            <translation>Das Dezimaltrennzeichen muss ein Punkt oder ein Komma sein</translation>
        </message>
        <message>
            <source>gpu_price '%1' followed by a label '%2': is it the price %1,%2 with a decimal comma? Write the price with a decimal point, quote the label, or use semicolons between fields</source>
            <translation>gpu_price „%1“ gefolgt von einem label „%2“: Ist es der Preis %1,%2 mit Dezimalkomma? Den Preis mit Dezimalpunkt schreiben, das label in Anführungszeichen setzen oder Semikolons zwischen die Felder setzen</translation>
        </message>
        <message>
            <source>label: at most %1 characters</source>
            <translation>label: höchstens %1 Zeichen</translation>
        </message>
        <message>
            <source>compute hours</source>
            <translation>Rechenstunden</translation>
        </message>
        <message>
            <source>'%1', which is ambiguous: %2 with a decimal %3, or %4 with a %3 between thousands; choose the decimal separator (--decimal, or Decimal separator in the import preview)</source>
            <translation>„%1“, was mehrdeutig ist: %2 mit Dezimal-%3 oder %4 mit %3 als Tausendertrennzeichen; bitte das Dezimaltrennzeichen wählen (--decimal oder Dezimaltrennzeichen in der Importvorschau)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::exporting::ExportData</name>
        <message>
            <source>Capacity (compute h)</source>
            <translation>Kapazität (Rechen-h)</translation>
        </message>
        <message>
            <source>Internal demand (compute h)</source>
            <translation>Interner Bedarf (Rechen-h)</translation>
        </message>
        <message>
            <source>Internal served (compute h)</source>
            <translation>Intern gedeckt (Rechen-h)</translation>
        </message>
        <message>
            <source>Shortfall (compute h)</source>
            <translation>Fehlmenge (Rechen-h)</translation>
        </message>
        <message>
            <source>Leased (compute h)</source>
            <translation>Vermietet (Rechen-h)</translation>
        </message>
        <message>
            <source>Utilization</source>
            <translation>Auslastung</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>Investitionen</translation>
        </message>
        <message>
            <source>Lease revenue</source>
            <translation>Mieterlöse</translation>
        </message>
        <message>
            <source>Internal value</source>
            <translation>Interner Wert</translation>
        </message>
        <message>
            <source>Electricity</source>
            <translation>Strom</translation>
        </message>
        <message>
            <source>Colocation</source>
            <translation>Colocation</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Wartung</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Sales cost</source>
            <translation>Vertriebskosten</translation>
        </message>
        <message>
            <source>Opex</source>
            <translation>Betriebskosten</translation>
        </message>
        <message>
            <source>EBITDA</source>
            <translation>EBITDA</translation>
        </message>
        <message>
            <source>Book depreciation</source>
            <translation>Handelsrechtliche Abschreibung</translation>
        </message>
        <message>
            <source>Tax depreciation</source>
            <translation>Steuerliche Abschreibung</translation>
        </message>
        <message>
            <source>Book gain</source>
            <translation>Buchgewinn</translation>
        </message>
        <message>
            <source>Proceeds</source>
            <translation>Verkaufserlöse</translation>
        </message>
        <message>
            <source>Terminal value</source>
            <translation>Restwert</translation>
        </message>
        <message>
            <source>EBIT</source>
            <translation>EBIT</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Steuer</translation>
        </message>
        <message>
            <source>Net income</source>
            <translation>Jahresüberschuss</translation>
        </message>
        <message>
            <source>Net cash flow</source>
            <translation>Netto-Cashflow</translation>
        </message>
        <message>
            <source>Cumulative cash flow</source>
            <translation>Kumulierter Cashflow</translation>
        </message>
        <message>
            <source>Book value</source>
            <translation>Buchwert</translation>
        </message>
        <message>
            <source>Energy (kWh)</source>
            <translation>Energie (kWh)</translation>
        </message>
        <message>
            <source>Working GPUs</source>
            <translation>Funktionierende GPUs</translation>
        </message>
        <message>
            <source>%1 #%2</source>
            <translation>%1 Nr. %2</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>Marktwert</translation>
        </message>
        <message>
            <source>Impairment</source>
            <translation>Wertminderung</translation>
        </message>
        <message>
            <source>Deferred tax liability</source>
            <translation>Passive latente Steuern</translation>
        </message>
        <message>
            <source>Book tax expense</source>
            <translation>Bilanzieller Steueraufwand</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::exporting::XlsxExport</name>
        <message>
            <source>Item</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Horizon (months)</source>
            <translation>Planungszeitraum (Monate)</translation>
        </message>
        <message>
            <source>NPV</source>
            <translation>Kapitalwert</translation>
        </message>
        <message>
            <source>at %1 % discount rate</source>
            <translation>bei %1 % Diskontsatz</translation>
        </message>
        <message>
            <source>IRR</source>
            <translation>IZF</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>lowest of %1 roots</source>
            <translation>kleinste von %1 Lösungen</translation>
        </message>
        <message>
            <source>not within the horizon</source>
            <translation>nicht im Planungszeitraum</translation>
        </message>
        <message>
            <source>Payback month</source>
            <translation>Amortisationsmonat</translation>
        </message>
        <message>
            <source>Discounted payback month</source>
            <translation>Monat der diskontierten Amortisation</translation>
        </message>
        <message>
            <source>Average utilization</source>
            <translation>Durchschnittliche Auslastung</translation>
        </message>
        <message>
            <source>Cost per compute hour</source>
            <translation>Kosten je Rechenstunde</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <source>Break-even lease factor</source>
            <translation>Break-even-Mietfaktor</translation>
        </message>
        <message>
            <source>n/a (nothing leased)</source>
            <translation>k. A. (nichts vermietet)</translation>
        </message>
        <message>
            <source>Total capex</source>
            <translation>Investitionen gesamt</translation>
        </message>
        <message>
            <source>Total opex</source>
            <translation>Betriebskosten gesamt</translation>
        </message>
        <message>
            <source>Total lease revenue</source>
            <translation>Mieterlöse gesamt</translation>
        </message>
        <message>
            <source>Total internal value</source>
            <translation>Interner Wert gesamt</translation>
        </message>
        <message>
            <source>Total tax</source>
            <translation>Steuern gesamt</translation>
        </message>
        <message>
            <source>Total book depreciation</source>
            <translation>Handelsrechtliche Abschreibung gesamt</translation>
        </message>
        <message>
            <source>Total net cash flow</source>
            <translation>Netto-Cashflow gesamt</translation>
        </message>
        <message>
            <source>By fiscal year (ends in month %1)</source>
            <translation>Nach Geschäftsjahr (endet im Monat %1)</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Geschäftsjahr</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>Investitionen</translation>
        </message>
        <message>
            <source>Lease revenue</source>
            <translation>Mieterlöse</translation>
        </message>
        <message>
            <source>Internal value</source>
            <translation>Interner Wert</translation>
        </message>
        <message>
            <source>Opex</source>
            <translation>Betriebskosten</translation>
        </message>
        <message>
            <source>EBITDA</source>
            <translation>EBITDA</translation>
        </message>
        <message>
            <source>Book depreciation</source>
            <translation>Handelsrechtliche Abschreibung</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Steuer</translation>
        </message>
        <message>
            <source>Net income</source>
            <translation>Jahresüberschuss</translation>
        </message>
        <message>
            <source>Net cash flow</source>
            <translation>Netto-Cashflow</translation>
        </message>
        <message>
            <source>Cumulative cash flow</source>
            <translation>Kumulierter Cashflow</translation>
        </message>
        <message>
            <source>Book value</source>
            <translation>Buchwert</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>#</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Tranche</source>
            <translation>Tranche</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPUs</translation>
        </message>
        <message>
            <source>Purchase month</source>
            <translation>Kaufmonat</translation>
        </message>
        <message>
            <source>In service</source>
            <translation>In Betrieb</translation>
        </message>
        <message>
            <source>Disposal month</source>
            <translation>Verkaufsmonat</translation>
        </message>
        <message>
            <source>Proceeds</source>
            <translation>Verkaufserlöse</translation>
        </message>
        <message>
            <source>Book gain</source>
            <translation>Buchgewinn</translation>
        </message>
        <message>
            <source>Tax gain</source>
            <translation>Steuerlicher Veräußerungsgewinn</translation>
        </message>
        <message>
            <source>Terminal value</source>
            <translation>Restwert</translation>
        </message>
        <message>
            <source>Tax depreciation</source>
            <translation>Steuerliche Abschreibung</translation>
        </message>
        <message>
            <source>Book value at end</source>
            <translation>Buchwert am Ende</translation>
        </message>
        <message>
            <source>Tax basis at end</source>
            <translation>Steuerliche Basis am Ende</translation>
        </message>
        <message>
            <source>Book value at year end</source>
            <translation>Buchwert zum Jahresende</translation>
        </message>
        <message>
            <source>Tax basis at year end</source>
            <translation>Steuerliche Basis zum Jahresende</translation>
        </message>
        <message>
            <source>NPV at x%1</source>
            <translation>Kapitalwert bei ×%1</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Einflussgröße</translation>
        </message>
        <message>
            <source>Driver id</source>
            <translation>Kennung der Einflussgröße</translation>
        </message>
        <message>
            <source>Swing</source>
            <translation>Spanne</translation>
        </message>
        <message>
            <source>Base NPV</source>
            <translation>Basis-Kapitalwert</translation>
        </message>
        <message>
            <source>Swing of each driver</source>
            <translation>Spanne je Einflussgröße</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Abschnitt</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>Herkunft</translation>
        </message>
        <message>
            <source>Could not write %1: no temporary directory (%2)</source>
            <translation>%1 konnte nicht geschrieben werden: kein temporäres Verzeichnis (%2)</translation>
        </message>
        <message>
            <source>Could not write %1: out of memory</source>
            <translation>%1 konnte nicht geschrieben werden: nicht genug Speicher</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Total impairment</source>
            <translation>Wertminderung gesamt</translation>
        </message>
        <message>
            <source>First impairment month</source>
            <translation>Erster Monat mit Wertminderung</translation>
        </message>
        <message>
            <source>Impairment of %1</source>
            <translation>Wertminderung von %1</translation>
        </message>
        <message>
            <source>Could not write %1: the cell styles could not be written</source>
            <translation>%1 konnte nicht geschrieben werden: Die Zellformate konnten nicht geschrieben werden</translation>
        </message>
        <message>
            <source>%1 #%2</source>
            <translation>%1 Nr. %2</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>%1 in month %2 (%3)</source>
            <translation>%1 in Monat %2 (%3)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>Annahme</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::AssumptionText</name>
        <message>
            <source>%1 (%2)</source>
            <comment>label (unit)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>curve: price in month 0, annual change</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <comment>curve point: price in month</comment>
            <translation>%1 in %2</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>not set (resale value)</source>
            <translation>nicht gesetzt (Wiederverkaufswert)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>label: value</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::ComparisonReport</name>
        <message>
            <source>A comparison needs 2 to 4 scenarios.</source>
            <translation>Ein Vergleich braucht 2 bis 4 Szenarien.</translation>
        </message>
        <message>
            <source>The report could not be laid out.</source>
            <translation>Der Bericht konnte nicht gesetzt werden.</translation>
        </message>
        <message>
            <source>The report could not be drawn on this device.</source>
            <translation>Der Bericht konnte auf diesem Gerät nicht gezeichnet werden.</translation>
        </message>
        <message>
            <source>The report could not be finished.</source>
            <translation>Der Bericht konnte nicht fertiggestellt werden.</translation>
        </message>
        <message>
            <source>No memory for the report.</source>
            <translation>Nicht genug Speicher für den Bericht.</translation>
        </message>
        <message>
            <source>Scenario comparison</source>
            <translation>Szenariovergleich</translation>
        </message>
        <message>
            <source>FleetROI comparison: %1</source>
            <translation>FleetROI-Vergleich: %1</translation>
        </message>
        <message>
            <source>generated %1</source>
            <translation>erstellt am %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>FleetROI scenario comparison</source>
            <translation>FleetROI-Szenariovergleich</translation>
        </message>
        <message numerus="yes">
            <source>%n scenario(s) side by side</source>
            <translation>
                <numerusform>%n Szenario nebeneinander</numerusform>
                <numerusform>%n Szenarien nebeneinander</numerusform>
            </translation>
        </message>
        <message>
            <source>#</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>month %1 (%2)</source>
            <translation>Monat %1 (%2)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>NPV</source>
            <translation>Kapitalwert</translation>
        </message>
        <message>
            <source>Discount rate</source>
            <translation>Diskontsatz</translation>
        </message>
        <message>
            <source>IRR</source>
            <translation>IZF</translation>
        </message>
        <message>
            <source>Payback</source>
            <translation>Amortisation</translation>
        </message>
        <message>
            <source>Discounted payback</source>
            <translation>Diskontierte Amortisation</translation>
        </message>
        <message>
            <source>Average utilization</source>
            <translation>Durchschnittliche Auslastung</translation>
        </message>
        <message>
            <source>Cost per compute hour</source>
            <translation>Kosten je Rechenstunde</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <source>Break-even lease factor</source>
            <translation>Break-even-Mietfaktor</translation>
        </message>
        <message>
            <source>Total capex</source>
            <translation>Investitionen gesamt</translation>
        </message>
        <message>
            <source>Total opex</source>
            <translation>Betriebskosten gesamt</translation>
        </message>
        <message>
            <source>Total lease revenue</source>
            <translation>Mieterlöse gesamt</translation>
        </message>
        <message>
            <source>Total internal value</source>
            <translation>Interner Wert gesamt</translation>
        </message>
        <message>
            <source>Total net cash flow</source>
            <translation>Netto-Cashflow gesamt</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <source>NPV and cumulative cash flow</source>
            <translation>Kapitalwert und kumulierter Cashflow</translation>
        </message>
        <message>
            <source>NPV by scenario</source>
            <translation>Kapitalwert je Szenario</translation>
        </message>
        <message>
            <source>Cumulative net cash flow</source>
            <translation>Kumulierter Netto-Cashflow</translation>
        </message>
        <message>
            <source>Main assumptions</source>
            <translation>Wichtigste Annahmen</translation>
        </message>
        <message>
            <source>Start and horizon</source>
            <translation>Beginn und Zeitraum</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n month(s)</source>
            <translation>
                <numerusform>%1, %n Monat</numerusform>
                <numerusform>%1, %n Monate</numerusform>
            </translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Tax rate</source>
            <translation>Steuersatz</translation>
        </message>
        <message>
            <source>GPU types</source>
            <translation>GPU-Typen</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Käufe</translation>
        </message>
        <message>
            <source>GPUs bought</source>
            <translation>Gekaufte GPUs</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Verfügbarkeit</translation>
        </message>
        <message>
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <source>Electricity per kWh</source>
            <translation>Strom je kWh</translation>
        </message>
        <message>
            <source>Staff cost per month</source>
            <translation>Personalkosten je Monat</translation>
        </message>
        <message>
            <source>Leasing</source>
            <translation>Vermietung</translation>
        </message>
        <message numerus="yes">
            <source>%1 sellable, %n-month contracts</source>
            <translation>
                <numerusform>%1 vermietbar, Verträge über %n Monat</numerusform>
                <numerusform>%1 vermietbar, Verträge über %n Monate</numerusform>
            </translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <source>Net cash flow by calendar year (thousands)</source>
            <translation>Netto-Cashflow je Kalenderjahr (Tausend)</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Largest sensitivity drivers (NPV swing)</source>
            <translation>Stärkste Einflussgrößen (Spanne des Kapitalwerts)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>NPV bridge from %1 to %2</source>
            <translation>Kapitalwert-Brücke von %1 zu %2</translation>
        </message>
        <message>
            <source>Starting from %1, the inputs of %2 are applied one group at a time in this order: fleet and prices, internal demand, leasing, operations, finance, other inputs. Each step is the NPV after it less the NPV before it, so the steps add up to the difference in NPV; a different order would attribute the interactions between groups differently.</source>
            <translation>Ausgehend von %1 werden die Eingaben von %2 gruppenweise in dieser Reihenfolge angewendet: Flotte und Preise, interner Bedarf, Vermietung, Betrieb, Finanzierung, sonstige Eingaben. Jeder Schritt ist der Kapitalwert danach abzüglich des Kapitalwerts davor, sodass sich die Schritte zur Differenz der Kapitalwerte addieren; eine andere Reihenfolge würde die Wechselwirkungen zwischen Gruppen anders zuordnen.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weitere</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>NPV bridge</source>
            <translation>Kapitalwert-Brücke</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>NPV change</source>
            <translation>Änderung des Kapitalwerts</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message numerus="yes">
            <source>FleetROI comparison of %n scenarios</source>
            <translation>
                <numerusform>FleetROI-Vergleich von %n Szenario</numerusform>
                <numerusform>FleetROI-Vergleich von %n Szenarien</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::ReportBuilder</name>
        <message>
            <source>The report could not be laid out.</source>
            <translation>Der Bericht konnte nicht gesetzt werden.</translation>
        </message>
        <message>
            <source>The report could not be drawn on this device.</source>
            <translation>Der Bericht konnte auf diesem Gerät nicht gezeichnet werden.</translation>
        </message>
        <message>
            <source>The report could not be finished.</source>
            <translation>Der Bericht konnte nicht fertiggestellt werden.</translation>
        </message>
        <message>
            <source>No memory for the report.</source>
            <translation>Nicht genug Speicher für den Bericht.</translation>
        </message>
        <message>
            <source>FleetROI report: %1</source>
            <translation>FleetROI-Bericht: %1</translation>
        </message>
        <message>
            <source>%1 | generated %2</source>
            <translation>%1 | erstellt am %2</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>month %1 (%2)</source>
            <translation>Monat %1 (%2)</translation>
        </message>
        <message>
            <source>FleetROI investment report</source>
            <translation>FleetROI-Investitionsbericht</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>Berichtsdatum</translation>
        </message>
        <message>
            <source>Start and horizon</source>
            <translation>Beginn und Zeitraum</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n month(s)</source>
            <translation>
                <numerusform>%1, %n Monat</numerusform>
                <numerusform>%1, %n Monate</numerusform>
            </translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <source>NPV at %1</source>
            <translation>Kapitalwert bei %1</translation>
        </message>
        <message>
            <source>IRR</source>
            <translation>IZF</translation>
        </message>
        <message>
            <source>%1 (lowest of %2 roots)</source>
            <translation>%1 (kleinste von %2 Lösungen)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Payback</source>
            <translation>Amortisation</translation>
        </message>
        <message>
            <source>not within the horizon</source>
            <translation>nicht im Planungszeitraum</translation>
        </message>
        <message>
            <source>Discounted payback</source>
            <translation>Diskontierte Amortisation</translation>
        </message>
        <message>
            <source>Average utilization</source>
            <translation>Durchschnittliche Auslastung</translation>
        </message>
        <message>
            <source>Cost per compute hour</source>
            <translation>Kosten je Rechenstunde</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <source>Break-even lease factor</source>
            <translation>Break-even-Mietfaktor</translation>
        </message>
        <message>
            <source>n/a (nothing leased)</source>
            <translation>k. A. (nichts vermietet)</translation>
        </message>
        <message>
            <source>Total capex</source>
            <translation>Investitionen gesamt</translation>
        </message>
        <message>
            <source>Total opex</source>
            <translation>Betriebskosten gesamt</translation>
        </message>
        <message>
            <source>Total lease revenue</source>
            <translation>Mieterlöse gesamt</translation>
        </message>
        <message>
            <source>Total internal value</source>
            <translation>Interner Wert gesamt</translation>
        </message>
        <message>
            <source>Total tax</source>
            <translation>Steuern gesamt</translation>
        </message>
        <message>
            <source>Total net cash flow</source>
            <translation>Netto-Cashflow gesamt</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>NPV at %1: %2</source>
            <translation>Kapitalwert bei %1: %2</translation>
        </message>
        <message>
            <source>IRR %1</source>
            <translation>IZF %1</translation>
        </message>
        <message>
            <source>payback in month %1 (%2)</source>
            <translation>Amortisation in Monat %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>no payback within the %n-month horizon</source>
            <translation>
                <numerusform>keine Amortisation innerhalb von %n Monat</numerusform>
                <numerusform>keine Amortisation innerhalb von %n Monaten</numerusform>
            </translation>
        </message>
        <message>
            <source>leasing brings %1 of revenue</source>
            <translation>Vermietung bringt %1 Umsatz</translation>
        </message>
        <message>
            <source>average utilization %1</source>
            <translation>durchschnittliche Auslastung %1</translation>
        </message>
        <message numerus="yes">
            <source>capex %1 in %n tranche(s)</source>
            <translation>
                <numerusform>Investitionen %1 in %n Tranche</numerusform>
                <numerusform>Investitionen %1 in %n Tranchen</numerusform>
            </translation>
        </message>
        <message>
            <source>the NPV is most sensitive to %1 (%2 to %3 at ±%4)</source>
            <translation>der Kapitalwert reagiert am stärksten auf %1 (%2 bis %3 bei ±%4)</translation>
        </message>
        <message>
            <source>Net cash flow by month and cumulative</source>
            <translation>Netto-Cashflow je Monat und kumuliert</translation>
        </message>
        <message>
            <source>Revenue and operating costs by month</source>
            <translation>Erlöse und Betriebskosten je Monat</translation>
        </message>
        <message>
            <source>Compute capacity, internal use and leasing (H100-equivalent hours)</source>
            <translation>Rechenkapazität, interne Nutzung und Vermietung (H100-Äquivalentstunden)</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Annahmen</translation>
        </message>
        <message>
            <source>Tax depreciation</source>
            <translation>Steuerliche Abschreibung</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n Monat</numerusform>
                <numerusform>%n Monate</numerusform>
            </translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>Annahme</translation>
        </message>
        <message>
            <source>No purchases.</source>
            <translation>Keine Käufe.</translation>
        </message>
        <message>
            <source>#</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Tranche</source>
            <translation>Tranche</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Gekauft</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPUs</translation>
        </message>
        <message>
            <source>Capex (%1)</source>
            <translation>Investitionen (%1)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Compute hours</source>
            <translation>Rechenstunden</translation>
        </message>
        <message>
            <source>Cash flow</source>
            <translation>Cashflow</translation>
        </message>
        <message>
            <source>By fiscal year (thousands of %1; the fiscal year ends in month %2)</source>
            <translation>Nach Geschäftsjahr (Tausend %1; das Geschäftsjahr endet im Monat %2)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Geschäftsjahr</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>Investitionen</translation>
        </message>
        <message>
            <source>Lease revenue</source>
            <translation>Mieterlöse</translation>
        </message>
        <message>
            <source>Internal value</source>
            <translation>Interner Wert</translation>
        </message>
        <message>
            <source>Opex</source>
            <translation>Betriebskosten</translation>
        </message>
        <message>
            <source>EBITDA</source>
            <translation>EBITDA</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Steuer</translation>
        </message>
        <message>
            <source>Net income</source>
            <translation>Jahresüberschuss</translation>
        </message>
        <message>
            <source>Net cash flow</source>
            <translation>Netto-Cashflow</translation>
        </message>
        <message>
            <source>Cumulative cash flow</source>
            <translation>Kumulierter Cashflow</translation>
        </message>
        <message>
            <source>Monthly capacity and use (thousands of compute hours; utilization in %)</source>
            <translation>Monatliche Kapazität und Nutzung (Tausend Rechenstunden; Auslastung in %)</translation>
        </message>
        <message>
            <source>Monthly revenue and costs (thousands of %1)</source>
            <translation>Monatliche Erlöse und Kosten (Tausend %1)</translation>
        </message>
        <message>
            <source>Monthly profit and cash (thousands of %1)</source>
            <translation>Monatlicher Gewinn und Cashflow (Tausend %1)</translation>
        </message>
        <message>
            <source>Energy (MWh)</source>
            <translation>Energie (MWh)</translation>
        </message>
        <message>
            <source> (compute h)</source>
            <translation> (Rechen-h)</translation>
        </message>
        <message>
            <source>Depreciation by tranche</source>
            <translation>Abschreibung je Tranche</translation>
        </message>
        <message>
            <source>Book depreciation: %1. Tax depreciation: %2. Amounts in thousands of %3 by fiscal year; values at the end of the fiscal year.</source>
            <translation>Handelsrechtliche Abschreibung: %1. Steuerliche Abschreibung: %2. Beträge in Tausend %3 je Geschäftsjahr; Werte zum Ende des Geschäftsjahres.</translation>
        </message>
        <message>
            <source>per SKU, see the assumptions</source>
            <translation>je SKU, siehe Annahmen</translation>
        </message>
        <message>
            <source>as book</source>
            <translation>wie handelsrechtlich</translation>
        </message>
        <message>
            <source>MACRS 5-year half-year, %1 bonus</source>
            <translation>MACRS 5 Jahre Halbjahr, %1 Sonderabschreibung</translation>
        </message>
        <message>
            <source>Net book value and remaining tax basis</source>
            <translation>Restbuchwert und verbleibende steuerliche Basis</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>Summe %1</translation>
        </message>
        <message>
            <source>Book depreciation</source>
            <translation>Handelsrechtliche Abschreibung</translation>
        </message>
        <message>
            <source>Book value</source>
            <translation>Buchwert</translation>
        </message>
        <message>
            <source>Tax basis</source>
            <translation>Steuerliche Basis</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Sensitivität</translation>
        </message>
        <message>
            <source>Each driver is multiplied by %1 and %2 on its own and the NPV recomputed (base NPV %3). Largest swing first.</source>
            <translation>Jede Einflussgröße wird einzeln mit %1 und %2 multipliziert und der Kapitalwert neu berechnet (Basis-Kapitalwert %3). Größte Spanne zuerst.</translation>
        </message>
        <message>
            <source>NPV tornado</source>
            <translation>Kapitalwert-Tornado</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Einflussgröße</translation>
        </message>
        <message>
            <source>NPV at x%1</source>
            <translation>Kapitalwert bei ×%1</translation>
        </message>
        <message>
            <source>Swing</source>
            <translation>Spanne</translation>
        </message>
        <message>
            <source>Monte Carlo</source>
            <translation>Monte Carlo</translation>
        </message>
        <message numerus="yes">
            <source>%n path(s), seed %1. NPV distribution of the uncertainty block's drivers.</source>
            <translation>
                <numerusform>%n Pfad, Startwert %1. Verteilung des Kapitalwerts über die Einflussgrößen des Unsicherheitsblocks.</numerusform>
                <numerusform>%n Pfade, Startwert %1. Verteilung des Kapitalwerts über die Einflussgrößen des Unsicherheitsblocks.</numerusform>
            </translation>
        </message>
        <message>
            <source>NPV distribution</source>
            <translation>Verteilung des Kapitalwerts</translation>
        </message>
        <message>
            <source>Mean NPV</source>
            <translation>Mittlerer Kapitalwert</translation>
        </message>
        <message>
            <source>Standard deviation</source>
            <translation>Standardabweichung</translation>
        </message>
        <message>
            <source>P5</source>
            <translation>P5</translation>
        </message>
        <message>
            <source>P10</source>
            <translation>P10</translation>
        </message>
        <message>
            <source>P50 (median)</source>
            <translation>P50 (Median)</translation>
        </message>
        <message>
            <source>P90</source>
            <translation>P90</translation>
        </message>
        <message>
            <source>P95</source>
            <translation>P95</translation>
        </message>
        <message>
            <source>Probability of NPV &lt; 0</source>
            <translation>Wahrscheinlichkeit Kapitalwert &lt; 0</translation>
        </message>
        <message>
            <source>NPV as entered</source>
            <translation>Kapitalwert laut Eingabe</translation>
        </message>
        <message>
            <source>Rank correlation with NPV</source>
            <translation>Rangkorrelation mit dem Kapitalwert</translation>
        </message>
        <message>
            <source>No Monte Carlo results: the analysis has not been run.</source>
            <translation>Keine Monte-Carlo-Ergebnisse: Die Analyse wurde nicht ausgeführt.</translation>
        </message>
        <message>
            <source>No Monte Carlo results: the scenario has no uncertainty block.</source>
            <translation>Keine Monte-Carlo-Ergebnisse: Das Szenario hat keinen Unsicherheitsblock.</translation>
        </message>
        <message>
            <source>Appendix: provenance of assumptions</source>
            <translation>Anhang: Herkunft der Annahmen</translation>
        </message>
        <message>
            <source>No provenance recorded for this scenario.</source>
            <translation>Für dieses Szenario ist keine Herkunft erfasst.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the clauses of the summary sentence</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>.</source>
            <comment>end of the summary sentence</comment>
            <translation>.</translation>
        </message>
        <message numerus="yes">
            <source>Warning: no installed font can draw %n character(s) of this report (%1); they show as empty boxes. Install a font for them (on Debian: fonts-noto-core, fonts-symbola) and make the report again.</source>
            <translation>
                <numerusform>Warnung: Keine installierte Schrift kann %n Zeichen dieses Berichts darstellen (%1); es erscheint als leeres Kästchen. Bitte eine Schrift dafür installieren (unter Debian: fonts-noto-core, fonts-symbola) und den Bericht neu erstellen.</numerusform>
                <numerusform>Warnung: Keine installierte Schrift kann %n Zeichen dieses Berichts darstellen (%1); sie erscheinen als leere Kästchen. Bitte eine Schrift dafür installieren (unter Debian: fonts-noto-core, fonts-symbola) und den Bericht neu erstellen.</numerusform>
            </translation>
        </message>
        <message>
            <source>[continued under Assumptions]</source>
            <translation>[Fortsetzung unter Annahmen]</translation>
        </message>
        <message>
            <source>Value of leasing (NPV with less without)</source>
            <translation>Wert der Vermietung (Kapitalwert mit abzüglich ohne)</translation>
        </message>
        <message>
            <source>IRR without leasing</source>
            <translation>IZF ohne Vermietung</translation>
        </message>
        <message>
            <source>Lease revenue net of sales cost</source>
            <translation>Mieterlöse abzüglich Vertriebskosten</translation>
        </message>
        <message>
            <source>Break-even lease price. %1</source>
            <translation>Break-even-Mietpreis. %1</translation>
        </message>
        <message>
            <source>Balance sheet</source>
            <translation>Bilanz</translation>
        </message>
        <message>
            <source>Net book value, market value of the used GPUs and remaining tax basis at the end of each month (MODEL.md version 1.1).</source>
            <translation>Restbuchwert, Marktwert der gebrauchten GPUs und verbleibende steuerliche Basis am Ende jedes Monats (MODEL.md Version 1.1).</translation>
        </message>
        <message>
            <source>Impairment test (US GAAP, ASC 360): at every fiscal-year end each tranche in service whose undiscounted cash flows to its end, plus its end value, fall short of its book value is written down to market value; no reversal.</source>
            <translation>Werthaltigkeitstest (US-GAAP, ASC 360): An jedem Geschäftsjahresende wird jede in Betrieb befindliche Tranche, deren nicht abgezinste Zahlungsströme bis zu ihrem Ende zuzüglich ihres Endwerts ihren Buchwert nicht decken, auf den Marktwert abgeschrieben; keine Wertaufholung.</translation>
        </message>
        <message>
            <source>Total impairment %1, first in %2.</source>
            <translation>Gesamte Wertminderung %1, erstmals in %2.</translation>
        </message>
        <message>
            <source>No tranche is impaired.</source>
            <translation>Keine Tranche ist wertgemindert.</translation>
        </message>
        <message>
            <source>The impairment test is off (finance.impairment_test): book values are never written down to market value.</source>
            <translation>Der Werthaltigkeitstest ist aus (finance.impairment_test): Buchwerte werden nie auf den Marktwert abgeschrieben.</translation>
        </message>
        <message>
            <source>Net book value by vintage, market value and tax basis</source>
            <translation>Restbuchwert nach Jahrgang, Marktwert und steuerliche Basis</translation>
        </message>
        <message>
            <source>Impairments by tranche (%1)</source>
            <translation>Wertminderungen nach Tranche (%1)</translation>
        </message>
        <message>
            <source>No impairment in the horizon.</source>
            <translation>Keine Wertminderung im Horizont.</translation>
        </message>
        <message>
            <source>No impairment: the test is off.</source>
            <translation>Keine Wertminderung: Der Test ist aus.</translation>
        </message>
        <message numerus="yes">
            <source>Other %n impaired tranche(s)</source>
            <translation>
                <numerusform>Weitere %n wertgeminderte Tranche</numerusform>
                <numerusform>Weitere %n wertgeminderte Tranchen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Total, %n tranche(s)</source>
            <translation>
                <numerusform>Summe, %n Tranche</numerusform>
                <numerusform>Summe, %n Tranchen</numerusform>
            </translation>
        </message>
        <message>
            <source>First impaired</source>
            <translation>Erstmals wertgemindert</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Impairment</source>
            <translation>Wertminderung</translation>
        </message>
        <message>
            <source>Book and tax reconciliation by fiscal year (thousands of %1)</source>
            <translation>Überleitung Handels- und Steuerbilanz nach Geschäftsjahr (Tausend %1)</translation>
        </message>
        <message>
            <source>Book tax expense = current tax + change in the deferred tax liability, in every month but the horizon's last (the terminal valuation). Values at the end of the fiscal year; flows summed over it.</source>
            <translation>Bilanzieller Steueraufwand = laufende Steuer + Änderung der passiven latenten Steuern, in jedem Monat außer dem letzten des Horizonts (der Endbewertung). Bestände am Ende des Geschäftsjahres; Ströme über das Jahr summiert.</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>Marktwert</translation>
        </message>
        <message>
            <source>Book tax expense</source>
            <translation>Bilanzieller Steueraufwand</translation>
        </message>
        <message>
            <source>Current tax</source>
            <translation>Laufende Steuer</translation>
        </message>
        <message>
            <source>Change in deferred tax</source>
            <translation>Änderung latenter Steuern</translation>
        </message>
        <message>
            <source>Deferred tax liability</source>
            <translation>Passive latente Steuern</translation>
        </message>
        <message>
            <source>Total impairment when the curves shift (%1)</source>
            <translation>Gesamte Wertminderung bei verschobenen Kurven (%1)</translation>
        </message>
        <message>
            <source>Every SKU's lease-price curve, then every market-value curve, multiplied by %1 and %2 (start value and every point), all else unchanged. The test is a threshold: the total moves in steps, not smoothly.</source>
            <translation>Die Mietpreiskurve jedes GPU-Typs, dann jede Marktwertkurve, mit %1 und %2 multipliziert (Startwert und jeder Punkt), alles andere unverändert. Der Test ist eine Schwelle: Die Summe bewegt sich in Stufen, nicht stetig.</translation>
        </message>
        <message>
            <source>Curve</source>
            <translation>Kurve</translation>
        </message>
        <message>
            <source>Impairment at x%1</source>
            <translation>Wertminderung bei x%1</translation>
        </message>
        <message>
            <source>Impairment as given</source>
            <translation>Wertminderung wie eingegeben</translation>
        </message>
        <message>
            <source>Balance-sheet assumptions and their sources</source>
            <translation>Bilanzannahmen und ihre Quellen</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>keine erfasst</translation>
        </message>
        <message>
            <source>%1, listed in the appendix</source>
            <translation>%1, im Anhang aufgeführt</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>column name - what an empty cell means</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>triangular</source>
            <translation>dreieckig</translation>
        </message>
        <message>
            <source>min %1, mode %2, max %3</source>
            <translation>min. %1, Modus %2, max. %3</translation>
        </message>
        <message>
            <source>uniform</source>
            <translation>gleichverteilt</translation>
        </message>
        <message>
            <source>min %1, max %2</source>
            <translation>min. %1, max. %2</translation>
        </message>
        <message>
            <source>normal</source>
            <translation>normalverteilt</translation>
        </message>
        <message>
            <source>mean %1, sd %2</source>
            <translation>Mittelwert %1, Std.-Abw. %2</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Verteilung</translation>
        </message>
        <message>
            <source>Multiplier (1 = as entered)</source>
            <translation>Faktor (1 = wie eingegeben)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::ReportFormat</name>
        <message>
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <source>T</source>
            <comment>trillion (10^12) after an amount: $1.5 T</comment>
            <translation>Bio.</translation>
        </message>
        <message>
            <source>B</source>
            <comment>billion (10^9) after an amount: $1.5 B</comment>
            <translation>Mrd.</translation>
        </message>
        <message>
            <source>M</source>
            <comment>million (10^6) after an amount: $1.5 M</comment>
            <translation>Mio.</translation>
        </message>
        <message>
            <source>k</source>
            <comment>thousand (10^3) after an amount: $1.5 k</comment>
            <translation>Tsd.</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::ReportLayout</name>
        <message>
            <source>%1 (continued)</source>
            <comment>header of a table's first column on its next page</comment>
            <translation>%1 (Fortsetzung)</translation>
        </message>
        <message>
            <source>Table part %1 of %2: the table is too wide for the page, its columns continue in the next part.</source>
            <comment>above each part of a table split by columns</comment>
            <translation>Tabellenteil %1 von %2: Die Tabelle ist zu breit für die Seite, ihre Spalten werden im nächsten Teil fortgesetzt.</translation>
        </message>
        <message>
            <source>Table part %1 of %2.</source>
            <comment>above the last part of a split table</comment>
            <translation>Tabellenteil %1 von %2.</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::ReportPreviewDialog</name>
        <message>
            <source>Export report: %1</source>
            <translation>Bericht exportieren: %1</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF speichern…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papier:</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Bericht speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>ROI of AI GPU fleets</source>
            <translation>Rendite von KI-GPU-Flotten</translation>
        </message>
        <message>
            <source>Scenario files to import and open</source>
            <translation>Zu importierende und zu öffnende Szenariodateien</translation>
        </message>
        <message>
            <source>Workspace file, or team workspace (postgresql://[user@]host[:port]/db), to open (default: the one chosen in Settings, else workspace.sqlite in the data directory)</source>
            <translation>Arbeitsbereich-Datei oder Team-Arbeitsbereich (postgresql://[user@]host[:port]/db), der geöffnet werden soll (Standard: der in den Einstellungen gewählte, sonst workspace.sqlite im Datenverzeichnis)</translation>
        </message>
    </context>
</TS>
