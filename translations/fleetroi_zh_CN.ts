<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>QSpinBox</name>
        <message>
            <source>Must be %1, got %2. The value was not changed.</source>
            <translation>必须为%1，输入的是 %2。数值未更改。</translation>
        </message>
        <message>
            <source>%1 must be %2, got %3. The value was not changed.</source>
            <translation>%1 必须为%2，输入的是 %3。数值未更改。</translation>
        </message>
        <message>
            <source>a whole number from %1 to %2%3</source>
            <translation>%1 到 %2%3 之间的整数</translation>
        </message>
        <message>
            <source>a number from %1 to %2%3</source>
            <translation>%1 到 %2%3 之间的数</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <source>no source recorded</source>
            <translation>未记录来源</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::AnalysisMenu</name>
        <message>
            <source>&amp;Analysis</source>
            <translation>分析(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Goal seek...</source>
            <translation>单变量求解(&amp;G)...</translation>
        </message>
        <message>
            <source>Which value of a driver makes NPV zero, reaches an IRR or a payback month</source>
            <translation>哪个因素取值能使净现值为零、达到某内部收益率或某回收月份</translation>
        </message>
        <message>
            <source>&amp;Sensitivity (tornado)</source>
            <translation>敏感性（龙卷风图）(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Compare scenarios and NPV bridge</source>
            <translation>比较情景与净现值桥(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Risk (Monte Carlo)</source>
            <translation>风险（蒙特卡洛）(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::BalanceSheetGroupModel</name>
        <message>
            <source>Bought %1</source>
            <translation>%1 采购</translation>
        </message>
        <message>
            <source>FY%1 vintage</source>
            <translation>FY%1 批次</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>No GPU type has a market value curve (Fleet tab, Market value)</source>
            <translation>没有 GPU 型号设置市场价值曲线（“机群”选项卡，市场价值）</translation>
        </message>
        <message>
            <source>Book value − market value: positive when the books carry the GPUs above what they would fetch</source>
            <translation>账面价值 − 市场价值：账面价值高于 GPU 可售价格时为正</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>组</translation>
        </message>
        <message>
            <source>Tranches</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>资本支出</translation>
        </message>
        <message>
            <source>Net book value, %1</source>
            <translation>账面净值，%1</translation>
        </message>
        <message>
            <source>Market value, %1</source>
            <translation>市场价值，%1</translation>
        </message>
        <message>
            <source>Tax basis, %1</source>
            <translation>计税基础，%1</translation>
        </message>
        <message>
            <source>Book over market, %1</source>
            <translation>账面高于市场，%1</translation>
        </message>
        <message>
            <source>Impairments</source>
            <translation>减值</translation>
        </message>
        <message>
            <source>First impairment</source>
            <translation>首次减值</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::BalanceSheetView</name>
        <message>
            <source>Group tranches by:</source>
            <translation>批次分组依据：</translation>
        </message>
        <message>
            <source>GPU type</source>
            <translation>GPU 型号</translation>
        </message>
        <message>
            <source>Purchase year</source>
            <translation>采购年份</translation>
        </message>
        <message>
            <source>Vintage (fiscal year placed in service)</source>
            <translation>批次年份（投入使用的财年）</translation>
        </message>
        <message>
            <source>Chart shows:</source>
            <translation>图表显示：</translation>
        </message>
        <message>
            <source>The whole fleet or one group; the table beside the chart lists every group (click a row to chart it).</source>
            <translation>整个机群或某一组；图表旁的表格列出每个组（单击一行即可绘制该组）。</translation>
        </message>
        <message>
            <source>Table as of:</source>
            <translation>表格截至：</translation>
        </message>
        <message>
            <source>The month-end the group table describes; click a month on the chart to pick it.</source>
            <translation>组表格所描述的月末；在图表上单击某月即可选择。</translation>
        </message>
        <message>
            <source>Net book value, market value and tax basis</source>
            <translation>账面净值、市场价值和计税基础</translation>
        </message>
        <message>
            <source>Groups of tranches</source>
            <translation>批次组</translation>
        </message>
        <message>
            <source>Sensitivity of the total impairment to the curves (±20 %)</source>
            <translation>减值总额对曲线的敏感性（±20 %）</translation>
        </message>
        <message>
            <source>Book and tax reconciliation by fiscal year: book tax expense = current tax + change in deferred tax liability</source>
            <translation>按财年的账面与税务调节：账面所得税费用 = 当期税款 + 递延所得税负债变动</translation>
        </message>
        <message>
            <source>The impairment test is off (Assumptions &gt; Finance): nothing is written down, whatever the curves.</source>
            <translation>减值测试已关闭（假设 &gt; 财务）：无论曲线如何，都不会减记。</translation>
        </message>
        <message>
            <source>The scenario has input problems.</source>
            <translation>情景存在输入问题。</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <source>Total impairment as given: %1. Each curve of every GPU type scaled by %2 and %3, everything else unchanged. The test is a threshold: the total moves in steps, not smoothly.</source>
            <translation>按输入的减值总额：%1。每个 GPU 型号的每条曲线分别乘以 %2 和 %3，其余不变。该测试是阈值判断：总额呈阶梯变化，而非平滑变化。</translation>
        </message>
        <message>
            <source>%1 (end of FY%2)</source>
            <translation>%1（FY%2 年末）</translation>
        </message>
        <message>
            <source>%1 (end of horizon)</source>
            <translation>%1（期末）</translation>
        </message>
        <message>
            <source>Whole fleet</source>
            <translation>整个机群</translation>
        </message>
        <message numerus="yes">
            <source> (%n tranche(s))</source>
            <translation>
                <numerusform>（%n 个批次）</numerusform>
            </translation>
        </message>
        <message>
            <source>No GPU type has a market value and the impairment test is off (model 1.0): the chart compares book value and tax basis. Give a GPU type a market value on the Fleet tab (Market value) and turn on the impairment test under Assumptions &gt; Finance.</source>
            <translation>没有 GPU 型号设置市场价值，且减值测试已关闭（模型 1.0）：图表比较账面价值与计税基础。请在“机群”选项卡（市场价值）为 GPU 型号设置市场价值，并在“假设 &gt; 财务”中开启减值测试。</translation>
        </message>
        <message>
            <source>No impairment: at every fiscal-year end each tranche's remaining cash flows recover its book value.</source>
            <translation>无减值：每个财年末，每个批次的剩余现金流都能收回其账面价值。</translation>
        </message>
        <message>
            <source>The impairment test is off (Assumptions &gt; Finance).</source>
            <translation>减值测试已关闭（假设 &gt; 财务）。</translation>
        </message>
        <message numerus="yes">
            <source>Impairments: %1 in %n tranche(s), the first in %2 (ASC 360: book value written down to market value; never reversed).</source>
            <translation>
                <numerusform>减值：%n 个批次共 %1，首次在 %2（ASC 360：账面价值减记至市场价值；不转回）。</numerusform>
            </translation>
        </message>
        <message>
            <source>End of %1: net book value %2</source>
            <translation>%1 末：账面净值 %2</translation>
        </message>
        <message>
            <source>, market value %1 (the same)</source>
            <translation>，市场价值 %1（相同）</translation>
        </message>
        <message>
            <source>, market value %1 (books above market by %2)</source>
            <translation>，市场价值 %1（账面高于市场 %2）</translation>
        </message>
        <message>
            <source>, market value %1 (books below market by %2)</source>
            <translation>，市场价值 %1（账面低于市场 %2）</translation>
        </message>
        <message>
            <source>, tax basis %1.</source>
            <translation>，计税基础 %1。</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ComparePage</name>
        <message>
            <source>Compare this scenario with (up to %1):</source>
            <translation>将此情景与以下比较（最多 %1 个）：</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>Cumulative cash flow</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <source>At most %1 scenarios can be compared with this one.</source>
            <translation>最多可与 %1 个情景比较。</translation>
        </message>
        <message>
            <source>This scenario</source>
            <translation>此情景</translation>
        </message>
        <message>
            <source>%1 could not be computed.</source>
            <translation>无法计算 %1。</translation>
        </message>
        <message>
            <source>From %1 to this scenario:</source>
            <translation>从 %1 到此情景：</translation>
        </message>
        <message>
            <source>  no differences</source>
            <translation>  无差异</translation>
        </message>
        <message>
            <source>Warning: the scenarios use different currencies (%1); amounts are not converted.</source>
            <translation>警告：各情景使用不同币种（%1）；金额未换算。</translation>
        </message>
        <message>
            <source>Tick one or more scenarios or revisions on the left.</source>
            <translation>请在左侧勾选一个或多个情景或修订版。</translation>
        </message>
        <message>
            <source>NPV bridge</source>
            <translation>净现值桥</translation>
        </message>
        <message>
            <source>%1: added %2</source>
            <translation>%1：新增 %2</translation>
        </message>
        <message>
            <source>%1: removed (was %2)</source>
            <translation>%1：已删除（原为 %2）</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1：%2 → %3</translation>
        </message>
        <message>
            <source>NPV bridge from %1 to this scenario</source>
            <translation>从 %1 到本情景的净现值桥</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ComparisonTableModel</name>
        <message>
            <source>Key figure</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <source>Δ %1
vs. %2</source>
            <translation>Δ %1
相对 %2</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::CsvImportDialog</name>
        <message>
            <source>Import purchases from CSV</source>
            <translation>从 CSV 导入采购</translation>
        </message>
        <message>
            <source>Import internal demand from CSV</source>
            <translation>从 CSV 导入内部需求</translation>
        </message>
        <message numerus="yes">
            <source>Paste cells from a spreadsheet or load a CSV file: one value of compute hours per month, or two columns (month, compute hours); %n month(s) are needed.</source>
            <translation>
                <numerusform>从电子表格粘贴单元格或加载 CSV 文件：每月一个计算小时数值，或两列（月份、计算小时）；需要 %n 个月的数据。</numerusform>
            </translation>
        </message>
        <message>
            <source>Paste here</source>
            <translation>粘贴到此处</translation>
        </message>
        <message>
            <source>Load file…</source>
            <translation>加载文件…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1 is larger than 16 MiB.</source>
            <translation>%1 大于 16 MiB。</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU 数</translation>
        </message>
        <message>
            <source>Install lag</source>
            <translation>安装延迟</translation>
        </message>
        <message>
            <source>GPU price</source>
            <translation>GPU 价格</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) to import</source>
            <translation>
                <numerusform>待导入 %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected</source>
            <translation>
                <numerusform>已拒绝 %n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>Compute hours</source>
            <translation>计算小时</translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) read</source>
            <translation>
                <numerusform>已读取 %n 个值</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1: %2  (%3)</source>
            <translation>第 %1 行：%2（%3）</translation>
        </message>
        <message>
            <source>Paste cells from a spreadsheet or load a CSV file. Columns: month (0..%1 or YYYY-MM), sku (id or name), gpus, and optionally install_lag_months, gpu_price, label. Numbers without thousands separators; the delimiter and decimal separator are shown below and can be changed.</source>
            <translation>从电子表格粘贴单元格或加载 CSV 文件。列：month（0..%1 或 YYYY-MM）、sku（ID 或名称）、gpus，以及可选的 install_lag_months、gpu_price、label。数字不带千位分隔符；分隔符和小数点显示在下方，可以更改。</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>逗号（ , ）</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>分号（ ; ）</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>Point ( 1234.5 )</source>
            <translation>句点（ 1234.5 ）</translation>
        </message>
        <message>
            <source>Comma ( 1234,5 )</source>
            <translation>逗号（ 1234,5 ）</translation>
        </message>
        <message>
            <source>Automatic (UTF-8 or a byte-order mark)</source>
            <translation>自动（UTF-8 或字节顺序标记）</translation>
        </message>
        <message>
            <source>For a loaded file. Excel on Windows saves CSV as Windows-1252.</source>
            <translation>用于已加载的文件。Windows 上的 Excel 以 Windows-1252 保存 CSV。</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>分隔符：</translation>
        </message>
        <message>
            <source>Decimal separator:</source>
            <translation>小数点：</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <source>Read with delimiter: %1%2; decimal separator: %3%4</source>
            <translation>读取所用分隔符：%1%2；小数点：%3%4</translation>
        </message>
        <message>
            <source> (detected)</source>
            <translation>（自动检测）</translation>
        </message>
        <message>
            <source>Import, skipping %1 rejected row(s)</source>
            <translation>导入，跳过 %1 行被拒绝的行</translation>
        </message>
        <message>
            <source> (detected, but every such number could also have a separator between thousands: choose one)</source>
            <translation>（已检测，但每个此类数字也可能含千位分隔符：请选择一种）</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::DemandEditor</name>
        <message>
            <source>Month-0 demand with annual growth</source>
            <translation>第 0 个月需求及年增长</translation>
        </message>
        <message>
            <source>Monthly series</source>
            <translation>月度序列</translation>
        </message>
        <message>
            <source>Paste column from spreadsheet</source>
            <translation>从电子表格粘贴一列</translation>
        </message>
        <message>
            <source>Copy one column of monthly compute hours (one value per month of the horizon) in Excel or LibreOffice, then click here</source>
            <translation>在 Excel 或 LibreOffice 中复制一列月度计算小时（期限内每月一个值），然后点击此处</translation>
        </message>
        <message>
            <source>The clipboard holds no column of numbers.</source>
            <translation>剪贴板中没有数字列。</translation>
        </message>
        <message>
            <source>The clipboard holds %1 numbers; the horizon has %2 months.</source>
            <translation>剪贴板中有 %1 个数字；期限为 %2 个月。</translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n month(s) of internal demand</source>
            <translation>
                <numerusform>已粘贴 %n 个月的内部需求</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 monthly values for a horizon of %2 months, in H100-equivalent compute hours per month.</source>
            <translation>%1 个月度值，期限 %2 个月，单位为每月 H100 当量计算小时。</translation>
        </message>
        <message>
            <source>Value %1 of the pasted column</source>
            <translation>粘贴列的第 %1 个值</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Compute hours (h)</source>
            <translation>计算小时（小时）</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::DisplayFormat</name>
        <message>
            <source>n/a</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>%1 bn</source>
            <translation>%1 十亿</translation>
        </message>
        <message>
            <source>%1 m</source>
            <translation>%1 百万</translation>
        </message>
        <message>
            <source>%1 k</source>
            <translation>%1 千</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>未达到</translation>
        </message>
        <message>
            <source>month %1 (%2)</source>
            <translation>第 %1 个月（%2）</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::DocumentManager</name>
        <message>
            <source>Open scenario file</source>
            <translation>打开情景文件</translation>
        </message>
        <message>
            <source>%1 is the workspace FleetROI has open, or one of SQLite's files beside it, not a scenario file. It was not read: reading it would release the workspace's locks and could lose revisions.</source>
            <translation>%1 是 FleetROI 已打开的工作区或其旁边的 SQLite 文件，而不是情景文件。未读取该文件：读取会释放工作区的锁，可能丢失修订版。</translation>
        </message>
        <message>
            <source>%1 is not a valid scenario file:

%2</source>
            <translation>%1 不是有效的情景文件：

%2</translation>
        </message>
        <message>
            <source>Open scenario</source>
            <translation>打开情景</translation>
        </message>
        <message>
            <source>Opened %1, revision %2</source>
            <translation>已打开 %1，修订版 %2</translation>
        </message>
        <message>
            <source>Revision restored</source>
            <translation>已恢复修订版</translation>
        </message>
        <message>
            <source>Revision %1 of "%2" is now the newest. Discard your unsaved changes and show it? (Keep them to save them later as a copy.)</source>
            <translation>“%2”的修订版 %1 现在是最新的。放弃未保存的更改并显示它吗？（保留更改可稍后另存为副本。）</translation>
        </message>
        <message>
            <source>Open example</source>
            <translation>打开示例</translation>
        </message>
        <message>
            <source>New scenario</source>
            <translation>新情景</translation>
        </message>
        <message>
            <source>Open scenario files</source>
            <translation>打开情景文件</translation>
        </message>
        <message>
            <source>FleetROI scenarios (*.fleetroi.json *.json);;All files (*)</source>
            <translation>FleetROI 情景 (*.fleetroi.json *.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Save revision</source>
            <translation>保存修订版</translation>
        </message>
        <message numerus="yes">
            <source>The scenario has %n input problem(s). Fix the fields marked in red before saving.</source>
            <translation>
                <numerusform>情景有 %n 个输入问题。保存前请修正标红的字段。</numerusform>
            </translation>
        </message>
        <message>
            <source>Comment for this revision (optional):</source>
            <translation>此修订版的备注（可选）：</translation>
        </message>
        <message>
            <source>Export scenario file</source>
            <translation>导出情景文件</translation>
        </message>
        <message>
            <source>FleetROI scenarios (*.fleetroi.json)</source>
            <translation>FleetROI 情景 (*.fleetroi.json)</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>已导出 %1</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>"%1" has changes that are not saved. Save them as a new revision?</source>
            <translation>“%1”有未保存的更改。是否保存为新修订版？</translation>
        </message>
        <message>
            <source>%1 (open)</source>
            <translation>%1（已打开）</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::Drivers</name>
        <message>
            <source>GPU prices</source>
            <translation>GPU 价格</translation>
        </message>
        <message>
            <source>Scales every GPU price (the GPU types' prices and purchase overrides).</source>
            <translation>缩放所有 GPU 价格（GPU 类型的价格及采购中的覆盖价格）。</translation>
        </message>
        <message>
            <source>Lease prices</source>
            <translation>租赁价格</translation>
        </message>
        <message>
            <source>Scales every point of every lease-price curve.</source>
            <translation>缩放每条租赁价格曲线的每个点。</translation>
        </message>
        <message>
            <source>Cloud prices</source>
            <translation>云价格</translation>
        </message>
        <message>
            <source>Scales every point of every cloud-price curve (the internal value of compute).</source>
            <translation>缩放每条云价格曲线的每个点（算力的内部价值）。</translation>
        </message>
        <message>
            <source>Internal demand</source>
            <translation>内部需求</translation>
        </message>
        <message>
            <source>Scales the internal compute hours wanted each month.</source>
            <translation>缩放每月内部所需的计算小时数。</translation>
        </message>
        <message>
            <source>Electricity price</source>
            <translation>电价</translation>
        </message>
        <message>
            <source>Scales the electricity price.</source>
            <translation>缩放电价。</translation>
        </message>
        <message>
            <source>Discount rate</source>
            <translation>折现率</translation>
        </message>
        <message>
            <source>Scales the annual discount rate.</source>
            <translation>缩放年折现率。</translation>
        </message>
        <message>
            <source>Book and operating life</source>
            <translation>账面使用年限与运营寿命</translation>
        </message>
        <message>
            <source>Scales the book and the operating life together (whole months, at least 1).</source>
            <translation>同时缩放账面寿命和运行寿命（整月，至少 1）。</translation>
        </message>
        <message>
            <source>Sellable share of surplus</source>
            <translation>富余容量可出租比例</translation>
        </message>
        <message>
            <source>Scales the share of surplus capacity that finds a lessee (at most 1).</source>
            <translation>缩放富余算力中能找到承租方的比例（最多 1）。</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>可用率</translation>
        </message>
        <message>
            <source>Scales the share of hours the fleet is up (at most 1).</source>
            <translation>缩放机群正常运行的小时比例（最多 1）。</translation>
        </message>
        <message>
            <source>Annual failure rate</source>
            <translation>年故障率</translation>
        </message>
        <message>
            <source>Scales the annual GPU failure rate (at most 0.99).</source>
            <translation>缩放 GPU 年故障率（最多 0.99）。</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ExportActions</name>
        <message>
            <source>revision %1, with unsaved changes</source>
            <translation>修订版 %1，含未保存的更改</translation>
        </message>
        <message>
            <source>revision %1</source>
            <translation>修订版 %1</translation>
        </message>
        <message>
            <source>not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>The scenario has input problems; fix the fields marked in red before exporting its results.</source>
            <translation>情景存在输入问题；请先修正标红的字段，再导出结果。</translation>
        </message>
        <message>
            <source>Export Excel workbook</source>
            <translation>导出 Excel 工作簿</translation>
        </message>
        <message>
            <source>Export monthly table as CSV</source>
            <translation>将月度表导出为 CSV</translation>
        </message>
        <message>
            <source>Export PDF report</source>
            <translation>导出 PDF 报告</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Could not write %1:
%2</source>
            <translation>无法写入 %1：
%2</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::FieldDelegate</name>
        <message>
            <source>GPU type's price</source>
            <translation>GPU 型号价格</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%2 中的 %1</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::FieldEditor</name>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>来源：%1</translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>日期：%1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>备注：%1</translation>
        </message>
        <message>
            <source>No source recorded: click to add one</source>
            <translation>未记录来源：点击添加</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::FieldInput</name>
        <message>
            <source>no number was given</source>
            <translation>未输入数字</translation>
        </message>
        <message>
            <source>"%1" is not a number as written in %2: the decimal separator is "%3" and digits are grouped with "%4" in groups of three</source>
            <translation>“%1”不是 %2 写法的数字：小数点为“%3”，数字以“%4”每三位分组</translation>
        </message>
        <message>
            <source>"%1" is not a number</source>
            <translation>“%1”不是数字</translation>
        </message>
        <message>
            <source>"%1" is too large to be a number here</source>
            <translation>“%1”对此处而言过大</translation>
        </message>
        <message>
            <source>a whole number greater than %1 and at most %2%3</source>
            <translation>大于 %1 且不超过 %2%3 的整数</translation>
        </message>
        <message>
            <source>a number greater than %1 and at most %2%3</source>
            <translation>大于 %1 且不超过 %2%3 的数</translation>
        </message>
        <message>
            <source>a whole number of at least %1 and less than %2%3</source>
            <translation>不小于 %1 且小于 %2%3 的整数</translation>
        </message>
        <message>
            <source>a number of at least %1 and less than %2%3</source>
            <translation>不小于 %1 且小于 %2%3 的数</translation>
        </message>
        <message>
            <source>a number greater than %1 and less than %2%3</source>
            <translation>大于 %1 且小于 %2%3 的数</translation>
        </message>
        <message>
            <source>a whole number from %1 to %2%3</source>
            <translation>%1 到 %2%3 之间的整数</translation>
        </message>
        <message>
            <source>a number from %1 to %2%3</source>
            <translation>%1 到 %2%3 之间的数</translation>
        </message>
        <message>
            <source>%1 must be %2: %3. The value was not changed.</source>
            <translation>%1 必须为%2：%3。数值未更改。</translation>
        </message>
        <message>
            <source>%1 must be %2, got %3. The value was not changed.</source>
            <translation>%1 必须为%2，输入的是 %3。数值未更改。</translation>
        </message>
        <message>
            <source>%1 is not a number field</source>
            <translation>%1 不是数字字段</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::FileDialogs</name>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>FleetROI scenario</source>
            <translation>FleetROI 情景</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::GoalSeekDialog</name>
        <message>
            <source>Goal seek</source>
            <translation>单变量求解</translation>
        </message>
        <message>
            <source>Which value of one driver reaches a target? The driver is scaled as in the tornado; the answer nearest to today's value is shown.</source>
            <translation>哪个因素取值能达到目标？因素按龙卷风图的方式缩放；显示最接近当前值的解。</translation>
        </message>
        <message>
            <source>Driver:</source>
            <translation>因素：</translation>
        </message>
        <message>
            <source>NPV =</source>
            <translation>净现值 =</translation>
        </message>
        <message>
            <source>IRR =</source>
            <translation>内部收益率 =</translation>
        </message>
        <message>
            <source>Payback in month</source>
            <translation>回收期所在月份</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>目标：</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>求解</translation>
        </message>
        <message>
            <source>Apply to the scenario</source>
            <translation>应用到情景</translation>
        </message>
        <message>
            <source>Fix the input problems first.</source>
            <translation>请先修正输入问题。</translation>
        </message>
        <message>
            <source>Not reachable: %1</source>
            <translation>无法达到：%1</translation>
        </message>
        <message>
            <source>%1 × %2 (%3 against today's).</source>
            <translation>%1 × %2（相对当前为 %3）。</translation>
        </message>
        <message>
            <source>At that value: NPV %1, IRR %2, payback %3.</source>
            <translation>在该取值下：净现值 %1，内部收益率 %2，回收期 %3。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Every multiplier from %1 to %2 gives that payback month.</source>
            <translation>%1 到 %2 之间的任一乘数都得到该回收月份。</translation>
        </message>
        <message>
            <source>This driver moves in whole months: the target is crossed here, not met exactly.</source>
            <translation>该因素以整月变化：目标在此处被越过，而非恰好达到。</translation>
        </message>
        <message>
            <source>Applied (Edit &gt; Undo takes it back).</source>
            <translation>已应用（编辑 &gt; 撤销可撤回）。</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ImpairmentSensitivityModel</name>
        <message>
            <source>Lease prices (every GPU type)</source>
            <translation>租赁价格（所有 GPU 型号）</translation>
        </message>
        <message>
            <source>Market values (every GPU type)</source>
            <translation>市场价值（所有 GPU 型号）</translation>
        </message>
        <message>
            <source>Curve</source>
            <translation>曲线</translation>
        </message>
        <message>
            <source>Impairment at %1</source>
            <translation>%1 时的减值</translation>
        </message>
        <message>
            <source>Change at %1</source>
            <translation>%1 时的变化</translation>
        </message>
        <message>
            <source>NPV at %1</source>
            <translation>%1 时的净现值</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::InputGroups</name>
        <message>
            <source>Fleet and prices</source>
            <translation>机群与价格</translation>
        </message>
        <message>
            <source>Internal demand</source>
            <translation>内部需求</translation>
        </message>
        <message>
            <source>Leasing</source>
            <translation>租赁</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>运营</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <source>Other inputs</source>
            <translation>其他输入</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::KeyFigureInfo</name>
        <message>
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <source>IRR</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <source>Payback</source>
            <translation>回收期</translation>
        </message>
        <message>
            <source>Discounted payback</source>
            <translation>折现回收期</translation>
        </message>
        <message>
            <source>Cost per compute hour</source>
            <translation>每计算小时成本</translation>
        </message>
        <message>
            <source>Break-even lease factor</source>
            <translation>盈亏平衡租赁系数</translation>
        </message>
        <message>
            <source>Average utilization</source>
            <translation>平均利用率</translation>
        </message>
        <message>
            <source>Total capex</source>
            <translation>资本支出合计</translation>
        </message>
        <message>
            <source>Total lease revenue</source>
            <translation>租赁收入合计</translation>
        </message>
        <message>
            <source>Internal value (cloud rent avoided)</source>
            <translation>内部价值（节省的云租金）</translation>
        </message>
        <message>
            <source>Total opex</source>
            <translation>运营支出合计</translation>
        </message>
        <message>
            <source>Total net cash flow</source>
            <translation>净现金流合计</translation>
        </message>
        <message>
            <source>Net present value of the monthly net cash flows at the discount rate</source>
            <translation>按折现率计算的月度净现金流现值</translation>
        </message>
        <message>
            <source>Annual rate at which the NPV is zero</source>
            <translation>使净现值为零的年利率</translation>
        </message>
        <message>
            <source>First month from which the cumulative cash flow stays positive</source>
            <translation>累计现金流从此保持为正的第一个月</translation>
        </message>
        <message>
            <source>The same with discounted cash flows</source>
            <translation>按折现现金流计算的同一指标</translation>
        </message>
        <message>
            <source>What one used H100-equivalent hour cost: capex + opex - proceeds - terminal value, per used hour (undiscounted)</source>
            <translation>每个已用 H100 当量小时的成本：资本支出 + 运营支出 − 处置收入 − 终值，除以已用小时（未折现）</translation>
        </message>
        <message>
            <source>Factor on every lease price that makes the NPV zero (1.00 = today's prices)</source>
            <translation>使净现值为零的租赁价格乘数（1.00 = 当前价格）</translation>
        </message>
        <message>
            <source>Used compute hours / available compute hours</source>
            <translation>已用计算小时 / 可用计算小时</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>%1 (%2 roots)</source>
            <translation>%1（%2 个根）</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>nothing leased</source>
            <translation>未出租</translation>
        </message>
        <message>
            <source>%1%2 pp</source>
            <translation>%1%2 个百分点</translation>
        </message>
        <message>
            <source>Value of leasing (NPV)</source>
            <translation>租赁价值（净现值）</translation>
        </message>
        <message>
            <source>Break-even lease price</source>
            <translation>盈亏平衡租赁价格</translation>
        </message>
        <message>
            <source>IRR without leasing</source>
            <translation>不租赁时的内部收益率</translation>
        </message>
        <message>
            <source>Lease revenue net of sales cost</source>
            <translation>扣除销售成本后的租赁收入</translation>
        </message>
        <message>
            <source>NPV of this scenario less the NPV of the same scenario with leasing off: what leasing the surplus capacity adds</source>
            <translation>本情景净现值减去关闭租赁后同一情景的净现值：出租富余算力带来的增益</translation>
        </message>
        <message>
            <source>Lease price per GPU-hour in the first month at which the NPV is zero, every lease price scaled alike</source>
            <translation>首月每 GPU 小时的租赁价格，在此价格下净现值为零（所有租赁价格按同一比例缩放）</translation>
        </message>
        <message>
            <source>IRR of the same scenario with leasing off</source>
            <translation>关闭租赁后同一情景的内部收益率</translation>
        </message>
        <message>
            <source>Total lease revenue less the sales cost of leasing (undiscounted)</source>
            <translation>租赁总收入减去租赁的销售成本（未折现）</translation>
        </message>
        <message>
            <source>not needed</source>
            <translation>不需要</translation>
        </message>
        <message>
            <source>%1/GPU-h</source>
            <translation>%1/GPU·小时</translation>
        </message>
        <message>
            <source>%1 (%2, +%3 more)</source>
            <translation>%1（%2，另有 %3 个）</translation>
        </message>
        <message>
            <source>%1: no lease price is needed: NPV is positive without leasing (it stays positive even if tenants paid nothing).</source>
            <translation>%1：不需要租赁价格：不租赁时净现值已为正（即使承租方分文不付也仍为正）。</translation>
        </message>
        <message>
            <source>%1: leasing at %2 per GPU-hour in %3, with every later lease price scaled by the same factor, makes the NPV zero; above it the fleet creates value.</source>
            <translation>%1：在 %3 以每 GPU 小时 %2 出租（之后的租赁价格按同一比例缩放）时净现值为零；高于此价格机群创造价值。</translation>
        </message>
        <message>
            <source>Nothing is leased in this scenario.</source>
            <translation>本情景中没有出租。</translation>
        </message>
        <message>
            <source>Leasing the surplus %1 %2 of NPV (IRR %3 with leasing, %4 without); lease revenue net of sales cost: %5.</source>
            <translation>出租富余算力%1净现值 %2（租赁时内部收益率 %3，不租赁时 %4）；扣除销售成本后的租赁收入：%5。</translation>
        </message>
        <message>
            <source>adds</source>
            <translation>增加</translation>
        </message>
        <message>
            <source>costs</source>
            <translation>减少</translation>
        </message>
        <message numerus="yes">
            <source>+%n month(s)</source>
            <comment>a later payback in a comparison</comment>
            <translation>
                <numerusform>+%n 个月</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>-%n month(s)</source>
            <comment>an earlier payback in a comparison</comment>
            <translation>
                <numerusform>-%n 个月</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <comment>no change of the payback in a comparison</comment>
            <translation>
                <numerusform>%n 个月</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::KpiStrip</name>
        <message numerus="yes">
            <source>%n input problem(s): the figures show the last valid inputs. Fix the fields marked in red.</source>
            <translation>
                <numerusform>%n 个输入问题：数字显示的是最后一次有效输入。请修正标红的字段。</numerusform>
            </translation>
        </message>
        <message>
            <source>Goal seek...</source>
            <translation>单变量求解...</translation>
        </message>
        <message>
            <source>Which value of a driver makes NPV zero, reaches an IRR or a payback month</source>
            <translation>哪个因素取值能使净现值为零、达到某内部收益率或某回收月份</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::LifeChangeDialog</name>
        <message>
            <source>Book life from a month</source>
            <translation>自某月起的账面寿命</translation>
        </message>
        <message>
            <source>Apply &lt;b&gt;%1&lt;/b&gt; as a change in accounting estimate: earlier months keep the old book life.</source>
            <translation>将 &lt;b&gt;%1&lt;/b&gt; 作为会计估计变更应用：之前的月份保持原账面寿命。</translation>
        </message>
        <message>
            <source>From month:</source>
            <translation>起始月份：</translation>
        </message>
        <message>
            <source>Every GPU type</source>
            <translation>所有 GPU 型号</translation>
        </message>
        <message>
            <source>Apply to:</source>
            <translation>应用于：</translation>
        </message>
        <message>
            <source>From %1, %2 is depreciated to a book life of %3 months: the book value left on tranches still being depreciated is spread straight-line over the rest of the new life, tranches entering service later use the new life. Cash flows, tax and NPV do not change; earnings and the book value do.</source>
            <translation>自 %1 起，%2 按 %3 个月的账面寿命折旧：仍在折旧的批次的剩余账面价值在新寿命的剩余期间内直线分摊，之后投入使用的批次使用新寿命。现金流、税款和净现值不变；利润和账面价值会变。</translation>
        </message>
        <message>
            <source>every GPU type</source>
            <translation>所有 GPU 型号</translation>
        </message>
        <message>
            <source>%1 from %2 for %3 (a change in estimate; undo removes it in one step)</source>
            <translation>自 %2 起对 %3 应用 %1（会计估计变更；撤销可一步移除）</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::MainWindow</name>
        <message>
            <source>Workspace</source>
            <translation>工作区</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>&amp;New scenario</source>
            <translation>新建情景(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open or import file...</source>
            <translation>打开或导入文件(&amp;O)...</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save revision...</source>
            <translation>保存修订版(&amp;S)...</translation>
        </message>
        <message>
            <source>Save the scenario as a new revision in the workspace</source>
            <translation>将情景作为新修订版保存到工作区</translation>
        </message>
        <message>
            <source>&amp;Export as file...</source>
            <translation>导出为文件(&amp;E)...</translation>
        </message>
        <message>
            <source>&amp;Close scenario</source>
            <translation>关闭情景(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Add &amp;purchase</source>
            <translation>添加采购(&amp;P)</translation>
        </message>
        <message>
            <source>Add &amp;GPU type</source>
            <translation>添加 GPU 型号(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Remove selected row</source>
            <translation>删除所选行(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>设置(&amp;S)...</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About FleetROI</source>
            <translation>关于 FleetROI(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 &amp;Qt</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>已导出 %1</translation>
        </message>
        <message>
            <source>FleetROI</source>
            <translation>FleetROI</translation>
        </message>
        <message>
            <source>%1[*] - FleetROI</source>
            <translation>%1[*] - FleetROI</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>设置已保存</translation>
        </message>
        <message>
            <source>About FleetROI</source>
            <translation>关于 FleetROI</translation>
        </message>
        <message>
            <source>&lt;h3&gt;FleetROI %1&lt;/h3&gt;&lt;p&gt;Return on investment of AI GPU fleets for finance analysts: capex, depreciation, leasing of surplus capacity, NPV, IRR and risk.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;GNU General Public License&lt;/a&gt; for more details.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;FleetROI %1&lt;/h3&gt;&lt;p&gt;面向财务分析师的 AI GPU 机群投资回报分析：资本支出、折旧、富余容量租赁、净现值、内部收益率与风险。&lt;/p&gt;&lt;p&gt;本程序是自由软件：您可以依据自由软件基金会发布的 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本的条款重新分发和/或修改它。&lt;/p&gt;&lt;p&gt;发布本程序是希望它能有所用处，但不提供任何担保，甚至不包括对适销性或特定用途适用性的默示担保。详情请参阅 &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;GNU 通用公共许可证&lt;/a&gt;。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>No scenario open</source>
            <translation>未打开情景</translation>
        </message>
        <message>
            <source>Export &amp;report...</source>
            <translation>导出报告(&amp;R)...</translation>
        </message>
        <message>
            <source>Preview, print or save the PDF report of the scenario</source>
            <translation>预览、打印或保存情景的 PDF 报告</translation>
        </message>
        <message>
            <source>Import purchases from &amp;CSV...</source>
            <translation>从 CSV 导入采购(&amp;C)...</translation>
        </message>
        <message>
            <source>Import &amp;demand series from CSV...</source>
            <translation>从 CSV 导入需求序列(&amp;D)...</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <source>The scenario has input problems; fix them before printing a report.</source>
            <translation>情景存在输入问题；请先修正，再打印报告。</translation>
        </message>
        <message>
            <source>Open &amp;workspace...</source>
            <translation>打开工作区(&amp;W)...</translation>
        </message>
        <message>
            <source>&amp;Trash...</source>
            <translation>回收站(&amp;T)...</translation>
        </message>
        <message>
            <source>Export res&amp;ults</source>
            <translation>导出结果(&amp;U)</translation>
        </message>
        <message>
            <source>Excel workbook (&amp;XLSX)...</source>
            <translation>Excel 工作簿 (&amp;XLSX)...</translation>
        </message>
        <message>
            <source>Monthly table as &amp;CSV...</source>
            <translation>月度表为 &amp;CSV...</translation>
        </message>
        <message>
            <source>&amp;PDF report...</source>
            <translation>&amp;PDF 报告...</translation>
        </message>
        <message>
            <source>Open t&amp;eam workspace...</source>
            <translation>打开团队工作区(&amp;E)...</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::MarketValueEditor</name>
        <message>
            <source>Used GPUs of this type have a market value</source>
            <translation>此型号的二手 GPU 有市场价值</translation>
        </message>
        <message>
            <source>Model 1.1: the fleet's market value is shown beside its book value, GPUs are sold at market value when their operating life ends, and the impairment test and a terminal value at market value can use it.</source>
            <translation>模型 1.1：机群的市场价值与账面价值并列显示，GPU 在运行寿命结束时按市场价值出售，减值测试和按市场价值计算的终值都可使用它。</translation>
        </message>
        <message>
            <source>Age discount per year of age:</source>
            <translation>每年龄折价：</translation>
        </message>
        <message>
            <source>Lease price per GPU-hour (for comparison)</source>
            <translation>每 GPU 小时租赁价格（供比较）</translation>
        </message>
        <message>
            <source>Disposals of %1 sell at this value less the age discount; its resale share is not used.</source>
            <translation>%1 的处置按此价值减去年龄折价出售；不使用其残值比例。</translation>
        </message>
        <message>
            <source>Off: %1 is sold at its resale share of cost and has no market value (model 1.0).</source>
            <translation>关闭：%1 按成本的残值比例出售，没有市场价值（模型 1.0）。</translation>
        </message>
        <message>
            <source>Lease price</source>
            <translation>租赁价格</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::MonthlyResultsModel</name>
        <message>
            <source>Utilization</source>
            <translation>利用率</translation>
        </message>
        <message>
            <source>Working GPUs</source>
            <translation>在用 GPU</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>资本支出</translation>
        </message>
        <message>
            <source>Lease revenue</source>
            <translation>租赁收入</translation>
        </message>
        <message>
            <source>Internal value</source>
            <translation>内部价值</translation>
        </message>
        <message>
            <source>Electricity</source>
            <translation>电费</translation>
        </message>
        <message>
            <source>Opex</source>
            <translation>运营支出</translation>
        </message>
        <message>
            <source>EBITDA</source>
            <translation>EBITDA</translation>
        </message>
        <message>
            <source>Book depreciation</source>
            <translation>账面折旧</translation>
        </message>
        <message>
            <source>Tax depreciation</source>
            <translation>税务折旧</translation>
        </message>
        <message>
            <source>Proceeds</source>
            <translation>处置收入</translation>
        </message>
        <message>
            <source>Terminal value</source>
            <translation>终值</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>税费</translation>
        </message>
        <message>
            <source>Net income</source>
            <translation>净利润</translation>
        </message>
        <message>
            <source>Net cash flow</source>
            <translation>净现金流</translation>
        </message>
        <message>
            <source>Cumulative cash flow</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <source>Book value</source>
            <translation>账面价值</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>容量</translation>
        </message>
        <message>
            <source>Internal demand</source>
            <translation>内部需求</translation>
        </message>
        <message>
            <source>Served internally</source>
            <translation>内部满足</translation>
        </message>
        <message>
            <source>Leased</source>
            <translation>已出租</translation>
        </message>
        <message>
            <source>h</source>
            <comment>unit: H100-equivalent compute hours</comment>
            <translation>小时</translation>
        </message>
        <message>
            <source>GPUs</source>
            <comment>unit: a count of GPUs</comment>
            <translation>GPU</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a number and its unit: 8,760 h</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 (h)</source>
            <comment>series title with the unit hours</comment>
            <translation>%1（小时）</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::PriceCurveEditor</name>
        <message>
            <source>Start price and annual change</source>
            <translation>起始价格与年变化</translation>
        </message>
        <message>
            <source>Price points (linear between)</source>
            <translation>价格点（之间线性插值）</translation>
        </message>
        <message>
            <source>Price in month 0:</source>
            <translation>第 0 个月价格：</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Add point</source>
            <translation>添加点</translation>
        </message>
        <message>
            <source>Remove point</source>
            <translation>删除点</translation>
        </message>
        <message>
            <source>%1/GPU-h</source>
            <translation>%1/GPU 小时</translation>
        </message>
        <message>
            <source>Lease price of %1: what tenants pay per GPU-hour</source>
            <translation>%1 的租赁价格：租户每 GPU 小时支付的金额</translation>
        </message>
        <message>
            <source>Cloud price of %1: what renting the same GPU would cost</source>
            <translation>%1 的云价格：租用同款 GPU 的费用</translation>
        </message>
        <message>
            <source>Lease price</source>
            <translation>租赁价格</translation>
        </message>
        <message>
            <source>Cloud price</source>
            <translation>云价格</translation>
        </message>
        <message>
            <source>Percent per year</source>
            <translation>每年百分比</translation>
        </message>
        <message>
            <source>Annual change (%/year):</source>
            <translation>年变化（%/年）：</translation>
        </message>
        <message>
            <source>Price in month 0</source>
            <translation>第 0 个月的价格</translation>
        </message>
        <message>
            <source>Annual change</source>
            <translation>年变化</translation>
        </message>
        <message>
            <source>Price of point %1</source>
            <translation>第 %1 点的价格</translation>
        </message>
        <message>
            <source>Value in month 0 (per GPU):</source>
            <translation>第 0 个月的价值（每块 GPU）：</translation>
        </message>
        <message>
            <source>Value per GPU</source>
            <translation>每块 GPU 价值</translation>
        </message>
        <message>
            <source>Market value in month 0</source>
            <translation>第 0 个月的市场价值</translation>
        </message>
        <message>
            <source>Market value of point %1</source>
            <translation>第 %1 点的市场价值</translation>
        </message>
        <message>
            <source>%1 per GPU</source>
            <translation>%1/每块 GPU</translation>
        </message>
        <message>
            <source>Market value of %1: what one used GPU, with its share of server and network, sells for (at age 0)</source>
            <translation>%1 的市场价值：一块二手 GPU（含其分摊的服务器和网络）的售价（0 岁时）</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>市场价值</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ProvenancePanel</name>
        <message>
            <source>Sources of the assumptions. Click § next to a field to add its source; double-click a cell to edit.</source>
            <translation>假设的来源。点击字段旁的 § 添加来源；双击单元格进行编辑。</translation>
        </message>
        <message>
            <source>Remove source</source>
            <translation>删除来源</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ProvenanceTableModel</name>
        <message>
            <source>YYYY-MM-DD, or empty</source>
            <translation>YYYY-MM-DD，或留空</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>假设</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::PurchaseTableModel</name>
        <message>
            <source>In service</source>
            <translation>投入使用</translation>
        </message>
        <message>
            <source>Capex
%1</source>
            <translation>资本支出
%1</translation>
        </message>
        <message>
            <source>Purchase month + install lag: the tranche earns from this month</source>
            <translation>采购月份 + 安装延迟：该批次自此月起产生收益</translation>
        </message>
        <message>
            <source>GPUs × price + whole servers × server cost + GPUs × network cost</source>
            <translation>GPU 数 × 价格 + 整台服务器数 × 服务器成本 + GPU 数 × 网络成本</translation>
        </message>
        <message>
            <source>unknown: %1</source>
            <translation>未知：%1</translation>
        </message>
        <message>
            <source>%1 (inherited)</source>
            <comment>a purchase's GPU price taken from its GPU type</comment>
            <translation>%1（沿用）</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ReconciliationTableModel</name>
        <message>
            <source>FY%1 (%2 – %3)</source>
            <translation>FY%1（%2 – %3）</translation>
        </message>
        <message>
            <source>FY%1</source>
            <translation>FY%1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>Book tax expense − current tax − change in deferred tax liability. Zero except in the year of the horizon's last month, whose terminal valuation the liability does not carry (MODEL.md 1.1).</source>
            <translation>账面所得税费用 − 当期税款 − 递延所得税负债变动。除期末最后一个月所在年度外均为零，该月的终值计量不计入负债（MODEL.md 1.1）。</translation>
        </message>
        <message>
            <source>EBITDA − book depreciation − impairment + book gains on sales</source>
            <translation>EBITDA − 账面折旧 − 减值 + 出售的账面收益</translation>
        </message>
        <message>
            <source>ASC 360 write-downs: a book expense, not deductible for tax</source>
            <translation>ASC 360 减记：账面费用，税前不可扣除</translation>
        </message>
        <message>
            <source>Tax rate × EBIT: the tax expense of the income statement</source>
            <translation>税率 × EBIT：利润表中的所得税费用</translation>
        </message>
        <message>
            <source>The tax paid in cash (negative: a saving)</source>
            <translation>以现金缴纳的税款（负数：节税）</translation>
        </message>
        <message>
            <source>Change in the deferred tax liability over the year</source>
            <translation>本年递延所得税负债的变动</translation>
        </message>
        <message>
            <source>Tax rate × (book value − tax basis) of the tranches held at the year's end</source>
            <translation>税率 ×（账面价值 − 计税基础），按年末持有的批次计算</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>财年</translation>
        </message>
        <message>
            <source>EBIT (book)</source>
            <translation>EBIT（账面）</translation>
        </message>
        <message>
            <source>Book depreciation</source>
            <translation>账面折旧</translation>
        </message>
        <message>
            <source>Impairment</source>
            <translation>减值</translation>
        </message>
        <message>
            <source>Tax depreciation</source>
            <translation>税务折旧</translation>
        </message>
        <message>
            <source>Book tax expense</source>
            <translation>账面所得税费用</translation>
        </message>
        <message>
            <source>Current (cash) tax</source>
            <translation>当期（现金）税款</translation>
        </message>
        <message>
            <source>Change in deferred tax</source>
            <translation>递延所得税变动</translation>
        </message>
        <message>
            <source>Terminal valuation effect</source>
            <translation>终值计量影响</translation>
        </message>
        <message>
            <source>Deferred tax liability</source>
            <translation>递延所得税负债</translation>
        </message>
        <message>
            <source>Net income</source>
            <translation>净利润</translation>
        </message>
        <message>
            <source>Net book value</source>
            <translation>账面净值</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>市场价值</translation>
        </message>
        <message>
            <source>Tax basis</source>
            <translation>计税基础</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ResultsPage</name>
        <message>
            <source>Goal seek...</source>
            <translation>单变量求解...</translation>
        </message>
        <message>
            <source>Which value of a driver makes NPV zero, reaches an IRR or a payback month</source>
            <translation>哪个因素取值能使净现值为零、达到某内部收益率或某回收月份</translation>
        </message>
        <message>
            <source>Value of leasing and break-even lease price</source>
            <translation>租赁价值与盈亏平衡租赁价格</translation>
        </message>
        <message>
            <source>Net cash flow and cumulative cash flow</source>
            <translation>净现金流与累计现金流</translation>
        </message>
        <message>
            <source>Revenue, operating costs and EBITDA</source>
            <translation>收入、运营成本与 EBITDA</translation>
        </message>
        <message>
            <source>Capacity, internal use and leasing</source>
            <translation>容量、内部使用与租赁</translation>
        </message>
        <message>
            <source>Utilization of available capacity</source>
            <translation>可用容量利用率</translation>
        </message>
        <message>
            <source>Group tranches by:</source>
            <translation>批次分组依据：</translation>
        </message>
        <message>
            <source>GPU type</source>
            <translation>GPU 型号</translation>
        </message>
        <message>
            <source>Purchase year</source>
            <translation>采购年份</translation>
        </message>
        <message>
            <source>Vintage (fiscal year placed in service)</source>
            <translation>批次年份（投入使用的财年）</translation>
        </message>
        <message>
            <source>The largest groups by capex are shown on their own, the rest as "Other"; the table lists every tranche.</source>
            <translation>按资本支出最大的组单独显示，其余归为“其他”；表格列出每个批次。</translation>
        </message>
        <message>
            <source>Net book value by group of tranches and tax basis</source>
            <translation>按批次组的账面净值和计税基础</translation>
        </message>
        <message>
            <source>Tranches</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Lease and cloud prices per GPU-hour</source>
            <translation>每 GPU 小时租赁与云价格</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Monthly table</source>
            <translation>月度表</translation>
        </message>
        <message numerus="yes">
            <source>Tranches (%n)</source>
            <translation>
                <numerusform>批次（%n）</numerusform>
            </translation>
        </message>
        <message>
            <source>Month %1 (%2)</source>
            <translation>第 %1 个月（%2）</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>序列</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::RiskSetupEditor</name>
        <message>
            <source>Critics' case</source>
            <translation>批评者情形</translation>
        </message>
        <message>
            <source>Remove set-up</source>
            <translation>移除设置</translation>
        </message>
        <message>
            <source>Remove the uncertainty block from the scenario (Undo restores it)</source>
            <translation>从情景中移除不确定性设置（撤销可恢复）</translation>
        </message>
        <message>
            <source>Simulation</source>
            <translation>模拟</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Number of simulated paths saved with the scenario (1 to 10,000,000)</source>
            <translation>随情景保存的模拟路径数（1 至 10,000,000）</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>The same seed gives the same results (0 to 2^53)</source>
            <translation>相同的随机种子得到相同的结果（0 至 2^53）</translation>
        </message>
        <message>
            <source>Uncertain drivers (multipliers of the scenario's values: 1 = as entered)</source>
            <translation>不确定因素（情景数值的乘数：1 = 按输入值）</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>因素</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>分布</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Density</source>
            <translation>密度</translation>
        </message>
        <message>
            <source>Ticked: the simulation draws this multiplier; unticked: the value as entered.</source>
            <translation>勾选：模拟抽取此乘数；未勾选：按输入值。</translation>
        </message>
        <message>
            <source>Triangular</source>
            <translation>三角分布</translation>
        </message>
        <message>
            <source>Uniform</source>
            <translation>均匀分布</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>正态分布</translation>
        </message>
        <message>
            <source>Minimum, most likely and maximum multiplier</source>
            <translation>最小、最可能和最大乘数</translation>
        </message>
        <message>
            <source>Any multiplier from minimum to maximum, equally likely</source>
            <translation>最小到最大之间任一乘数，可能性相同</translation>
        </message>
        <message>
            <source>Mean and standard deviation; negative draws count as 0</source>
            <translation>均值和标准差；负的抽样值按 0 计</translation>
        </message>
        <message>
            <source>Correlations of the uncertain drivers</source>
            <translation>不确定因素之间的相关性</translation>
        </message>
        <message>
            <source>Double-click a cell to set the correlation (rho, -1 to 1) of two drivers; 0 means independent. The set must be consistent: some joint distribution must have all of these correlations at once (the matrix is positive semidefinite).</source>
            <translation>双击单元格设置两个因素的相关系数（rho，-1 至 1）；0 表示独立。整组相关系数必须一致：必须存在同时具有所有这些相关性的联合分布（矩阵半正定）。</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Monte Carlo set-up&lt;/b&gt; saved with the scenario: %n uncertain driver(s). Run it on the Simulation tab.</source>
            <translation>
                <numerusform>&lt;b&gt;蒙特卡洛设置&lt;/b&gt;已随情景保存：%n 个不确定因素。请在“模拟”选项卡运行。</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;No Monte Carlo set-up yet.&lt;/b&gt; Tick the drivers that are uncertain and choose their distributions, or start from the critics' case.</source>
            <translation>&lt;b&gt;尚无蒙特卡洛设置。&lt;/b&gt;勾选不确定的因素并选择其分布，或从批评者情形开始。</translation>
        </message>
        <message>
            <source>min </source>
            <translation>最小 </translation>
        </message>
        <message>
            <source>mode </source>
            <translation>众数 </translation>
        </message>
        <message>
            <source>max </source>
            <translation>最大 </translation>
        </message>
        <message>
            <source>mean </source>
            <translation>均值 </translation>
        </message>
        <message>
            <source>sd </source>
            <translation>标准差 </translation>
        </message>
        <message>
            <source>A driver is fully correlated with itself</source>
            <translation>因素与自身完全相关</translation>
        </message>
        <message>
            <source>Tick two or more drivers to correlate them.</source>
            <translation>勾选两个或更多因素才能设置相关性。</translation>
        </message>
        <message>
            <source>No correlations: the drivers are drawn independently.</source>
            <translation>无相关性：各因素独立抽样。</translation>
        </message>
        <message numerus="yes">
            <source>Consistent: %n correlated pair(s).</source>
            <translation>
                <numerusform>一致：%n 对相关因素。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 / %2 (%3)</source>
            <translation>%1 / %2（%3）</translation>
        </message>
        <message>
            <source>Inconsistent: no joint distribution has these correlations at once: %1. Weaken one of them.</source>
            <translation>不一致：没有联合分布能同时具有这些相关性：%1。请减弱其中一个。</translation>
        </message>
        <message>
            <source>Correlation of %1 and %2</source>
            <translation>%1 与 %2 的相关系数</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::RiskView</name>
        <message>
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>因素</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>线程数</translation>
        </message>
        <message>
            <source>Running %L1 paths...</source>
            <translation>正在运行 %L1 条路径...</translation>
        </message>
        <message>
            <source>Cancelling...</source>
            <translation>正在取消...</translation>
        </message>
        <message>
            <source>%L1 paths, seed %2.</source>
            <translation>%L1 条路径，随机种子 %2。</translation>
        </message>
        <message>
            <source>Cancelled: no results.</source>
            <translation>已取消：无结果。</translation>
        </message>
        <message>
            <source>No scenario.</source>
            <translation>无情景。</translation>
        </message>
        <message>
            <source>This scenario has no uncertainty block: give drivers distributions to run a Monte Carlo.</source>
            <translation>此情景没有不确定性设置：请为各因素指定分布，才能运行蒙特卡洛模拟。</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>就绪。</translation>
        </message>
        <message>
            <source>NPV as entered</source>
            <translation>按输入计算的净现值</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>均值</translation>
        </message>
        <message>
            <source>Standard deviation</source>
            <translation>标准差</translation>
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
            <translation>P50（中位数）</translation>
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
            <translation>净现值 &lt; 0 的概率</translation>
        </message>
        <message>
            <source>Rank corr.</source>
            <translation>秩相关</translation>
        </message>
        <message>
            <source>Spearman rank correlation with NPV</source>
            <translation>与净现值的 Spearman 秩相关</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioCatalogs</name>
        <message>
            <source>Meta (5.5 years)</source>
            <translation>Meta（5.5 年）</translation>
        </message>
        <message>
            <source>Microsoft, Alphabet, CoreWeave (6 years)</source>
            <translation>Microsoft、Alphabet、CoreWeave（6 年）</translation>
        </message>
        <message>
            <source>Amazon (5 years)</source>
            <translation>Amazon（5 年）</translation>
        </message>
        <message>
            <source>Nebius (4 years)</source>
            <translation>Nebius（4 年）</translation>
        </message>
        <message>
            <source>Critics' case (3 years)</source>
            <translation>批评者情形（3 年）</translation>
        </message>
        <message>
            <source>New scenario</source>
            <translation>新情景</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioCommands</name>
        <message>
            <source>There is no GPU type in row %1.</source>
            <translation>第 %1 行没有 GPU 型号。</translation>
        </message>
        <message>
            <source>%1 must be %2, got %3. Nothing was changed.</source>
            <translation>%1 必须为%2，输入的是 %3。未做任何更改。</translation>
        </message>
        <message>
            <source>%1: market value in month 0</source>
            <translation>%1：第 0 个月的市场价值</translation>
        </message>
        <message>
            <source>%1: %2 in month 0</source>
            <translation>%1：第 0 月的%2</translation>
        </message>
        <message>
            <source>%1: annual change of the market value</source>
            <translation>%1：市场价值的年变化</translation>
        </message>
        <message>
            <source>%1: annual change of the %2</source>
            <translation>%1：%2的年变化</translation>
        </message>
        <message>
            <source>%1: a market value curve of points needs at least one point. Nothing was changed.</source>
            <translation>%1：由点组成的市场价值曲线至少需要一个点。未做任何更改。</translation>
        </message>
        <message>
            <source>%1: a price curve of points needs at least one point. Nothing was changed.</source>
            <translation>%1：由点组成的价格曲线至少需要一个点。未做任何更改。</translation>
        </message>
        <message>
            <source>%1: the months of the market value points must increase strictly and lie in 0..1000 (point %2). Nothing was changed.</source>
            <translation>%1：市场价值点的月份必须严格递增且位于 0..1000 之间（第 %2 点）。未做任何更改。</translation>
        </message>
        <message>
            <source>%1: the months of the price points must increase strictly and lie in 0..1000 (point %2). Nothing was changed.</source>
            <translation>%1：价格点的月份必须严格递增且位于 0..1000 之间（第 %2 点）。未做任何更改。</translation>
        </message>
        <message>
            <source>%1: market value of point %2</source>
            <translation>%1：第 %2 点的市场价值</translation>
        </message>
        <message>
            <source>%1: price of point %2</source>
            <translation>%1：第 %2 点的价格</translation>
        </message>
        <message>
            <source>on</source>
            <translation>开</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关</translation>
        </message>
        <message>
            <source>Clear %1</source>
            <translation>清除 %1</translation>
        </message>
        <message>
            <source>Set %1 to %2</source>
            <translation>将 %1 设为 %2</translation>
        </message>
        <message>
            <source>%1 cannot be set to "%2" (not a value of this field, or an id already in use). Nothing was changed.</source>
            <translation>%1 不能设为“%2”（不是此字段的取值，或标识已被使用）。未做任何更改。</translation>
        </message>
        <message>
            <source>%1 is not a single value of the scenario.</source>
            <translation>%1 不是情景中的单个值。</translation>
        </message>
        <message>
            <source>%1 is not a single value of a GPU type.</source>
            <translation>%1 不是 GPU 类型的单个值。</translation>
        </message>
        <message>
            <source>There is no purchase in row %1.</source>
            <translation>第 %1 行没有采购。</translation>
        </message>
        <message>
            <source>%1 is not a value of a purchase.</source>
            <translation>%1 不是采购的值。</translation>
        </message>
        <message>
            <source>%1 must be a calendar month (year 1-9999, month 1-12), got %2-%3. Nothing was changed.</source>
            <translation>%1 必须是日历月份（年 1-9999，月 1-12），实际为 %2-%3。未做任何更改。</translation>
        </message>
        <message>
            <source>Only the lease price, the cloud price and the market value are price curves.</source>
            <translation>只有租赁价格、云价格和市场价值是价格曲线。</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>更改 %1</translation>
        </message>
        <message>
            <source>Remove the market value of %1</source>
            <translation>移除 %1 的市场价值</translation>
        </message>
        <message>
            <source>Give %1 a market value</source>
            <translation>为 %1 设置市场价值</translation>
        </message>
        <message>
            <source>Change the market value of %1</source>
            <translation>更改 %1 的市场价值</translation>
        </message>
        <message>
            <source>%1: month of the change in book life</source>
            <translation>%1：账面寿命变更的月份</translation>
        </message>
        <message>
            <source>%1: new book life</source>
            <translation>%1：新的账面寿命</translation>
        </message>
        <message numerus="yes">
            <source>Change the book life of %1 to %n month(s) from %2</source>
            <translation>
                <numerusform>自 %2 起将 %1 的账面寿命改为 %n 个月</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the change in book life of %1</source>
            <translation>移除 %1 的账面寿命变更</translation>
        </message>
        <message>
            <source>Apply book life: %1</source>
            <translation>应用账面寿命：%1</translation>
        </message>
        <message>
            <source>Month of the change in book life</source>
            <translation>账面寿命变更的月份</translation>
        </message>
        <message>
            <source>New book life</source>
            <translation>新的账面寿命</translation>
        </message>
        <message>
            <source>Change book life to %1 from %2</source>
            <translation>自 %2 起将账面寿命改为 %1</translation>
        </message>
        <message>
            <source>Enter internal demand as a monthly series</source>
            <translation>以月度序列输入内部需求</translation>
        </message>
        <message>
            <source>Enter internal demand as growth</source>
            <translation>以增长方式输入内部需求</translation>
        </message>
        <message>
            <source>Change internal demand</source>
            <translation>更改内部需求</translation>
        </message>
        <message>
            <source>Internal demand by month needs one value per month of the horizon (%1), got %2. Nothing was changed.</source>
            <translation>按月内部需求需要期间内每个月一个值（%1），实际为 %2。未做任何更改。</translation>
        </message>
        <message>
            <source>Internal demand in %1</source>
            <translation>%1 的内部需求</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation>（副本）</translation>
        </message>
        <message>
            <source>Add GPU type %1</source>
            <translation>添加 GPU 型号 %1</translation>
        </message>
        <message>
            <source>A scenario needs at least one GPU type.</source>
            <translation>情景至少需要一个 GPU 型号。</translation>
        </message>
        <message numerus="yes">
            <source>%n purchase(s) buy %1; remove or change them first.</source>
            <translation>
                <numerusform>有 %n 笔采购购买 %1；请先删除或更改它们。</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove GPU type %1</source>
            <translation>删除 GPU 型号 %1</translation>
        </message>
        <message>
            <source>Add purchase %1</source>
            <translation>添加采购 %1</translation>
        </message>
        <message>
            <source>Remove purchase %1</source>
            <translation>删除采购 %1</translation>
        </message>
        <message>
            <source>There are no purchases to add.</source>
            <translation>没有可添加的采购。</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n purchase(s)</source>
            <translation>
                <numerusform>粘贴 %n 笔采购</numerusform>
            </translation>
        </message>
        <message>
            <source>Add source for %1</source>
            <translation>为 %1 添加来源</translation>
        </message>
        <message>
            <source>There is no source in row %1.</source>
            <translation>第 %1 行没有来源。</translation>
        </message>
        <message>
            <source>Remove source for %1</source>
            <translation>删除 %1 的来源</translation>
        </message>
        <message>
            <source>A source has no such text.</source>
            <translation>来源没有这样的文本。</translation>
        </message>
        <message>
            <source>Edit %1 of the source for %2</source>
            <translation>编辑 %2 来源的%1</translation>
        </message>
        <message>
            <source>The change adds or removes rows; apply it by hand.</source>
            <translation>此更改会添加或删除行；请手动应用。</translation>
        </message>
        <message>
            <source>The editors refuse the new value of %1.</source>
            <translation>编辑器拒绝 %1 的新值。</translation>
        </message>
        <message>
            <source>internal demand</source>
            <translation>内部需求</translation>
        </message>
        <message>
            <source>Unknown driver.</source>
            <translation>未知因素。</translation>
        </message>
        <message>
            <source>Goal seek: %1 × %2</source>
            <translation>单变量求解：%1 × %2</translation>
        </message>
        <message>
            <source>Make %1 uncertain</source>
            <translation>将 %1 设为不确定</translation>
        </message>
        <message>
            <source>Take %1 as entered (not uncertain)</source>
            <translation>%1 按输入值（不设为不确定）</translation>
        </message>
        <message>
            <source>triangular %1 / %2 / %3</source>
            <translation>三角分布 %1 / %2 / %3</translation>
        </message>
        <message>
            <source>uniform %1 to %2</source>
            <translation>均匀分布 %1 至 %2</translation>
        </message>
        <message>
            <source>normal, mean %1, sd %2</source>
            <translation>正态分布，均值 %1，标准差 %2</translation>
        </message>
        <message>
            <source>%1 is not uncertain.</source>
            <translation>%1 不是不确定的。</translation>
        </message>
        <message>
            <source>A distribution has three parameters at most.</source>
            <translation>一个分布最多有三个参数。</translation>
        </message>
        <message>
            <source>There is no Monte Carlo set-up yet.</source>
            <translation>尚无蒙特卡洛设置。</translation>
        </message>
        <message>
            <source>Set Monte Carlo paths to %1</source>
            <translation>将蒙特卡洛路径数设为 %1</translation>
        </message>
        <message>
            <source>Set Monte Carlo seed to %1</source>
            <translation>将蒙特卡洛随机种子设为 %1</translation>
        </message>
        <message>
            <source>A driver is fully correlated with itself.</source>
            <translation>驱动因素与自身完全相关。</translation>
        </message>
        <message>
            <source>Correlation of %1 and %2</source>
            <translation>%1 与 %2 的相关系数</translation>
        </message>
        <message>
            <source>Make %1 and %2 independent</source>
            <translation>使 %1 与 %2 相互独立</translation>
        </message>
        <message>
            <source>Correlate %1 and %2 (rho %3)</source>
            <translation>使 %1 与 %2 相关（rho %3）</translation>
        </message>
        <message>
            <source>Apply the critics' case to the risk set-up</source>
            <translation>将批评者情形应用到风险设置</translation>
        </message>
        <message>
            <source>Remove the risk set-up</source>
            <translation>移除风险设置</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioDocument</name>
        <message>
            <source>This build cannot write scenario files.</source>
            <translation>此版本无法写入情景文件。</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>The model could not be computed: %1</source>
            <translation>无法计算模型：%1</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioFields</name>
        <message>
            <source>%1/GPU-h</source>
            <translation>%1/GPU 小时</translation>
        </message>
        <message>
            <source>%1/kWh</source>
            <translation>%1/千瓦时</translation>
        </message>
        <message>
            <source>%1/kW/month</source>
            <translation>%1/千瓦/月</translation>
        </message>
        <message>
            <source>%1/month</source>
            <translation>%1/月</translation>
        </message>
        <message>
            <source>%/year</source>
            <translation>%/年</translation>
        </message>
        <message>
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <source>h/month</source>
            <translation>小时/月</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Purchase %1: %2</source>
            <translation>采购 %1：%2</translation>
        </message>
        <message>
            <source>Finance: %1</source>
            <translation>财务：%1</translation>
        </message>
        <message>
            <source>Operations: %1</source>
            <translation>运营：%1</translation>
        </message>
        <message>
            <source>Leasing: %1</source>
            <translation>租赁：%1</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioSchema</name>
        <message>
            <source>Same as book</source>
            <translation>同账面</translation>
        </message>
        <message>
            <source>US MACRS 5-year, half-year convention</source>
            <translation>美国 MACRS 5 年，半年惯例</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Book value</source>
            <translation>账面价值</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>市场价值</translation>
        </message>
        <message>
            <source>Straight line</source>
            <translation>直线法</translation>
        </message>
        <message>
            <source>Double declining</source>
            <translation>双倍余额递减法</translation>
        </message>
        <message>
            <source>Sum of years' digits</source>
            <translation>年数总和法</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Format version</source>
            <translation>格式版本</translation>
        </message>
        <message>
            <source>format version</source>
            <translation>格式版本</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>情景名称</translation>
        </message>
        <message>
            <source>scenario name</source>
            <translation>情景名称</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>ISO 4217 code of every money field, e.g. USD or EUR</source>
            <translation>所有金额字段的 ISO 4217 代码，如 USD 或 EUR</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>首月</translation>
        </message>
        <message>
            <source>start month</source>
            <translation>起始月份</translation>
        </message>
        <message>
            <source>Calendar month of month 0 (YYYY-MM)</source>
            <translation>第 0 个月对应的日历月（YYYY-MM）</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>horizon</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Number of months the model runs</source>
            <translation>模型运行的月数</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <source>finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>运营</translation>
        </message>
        <message>
            <source>operations</source>
            <translation>运营</translation>
        </message>
        <message>
            <source>GPU types</source>
            <translation>GPU 型号</translation>
        </message>
        <message>
            <source>GPU type</source>
            <translation>GPU 型号</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>采购</translation>
        </message>
        <message>
            <source>purchase</source>
            <translation>采购</translation>
        </message>
        <message>
            <source>Internal demand</source>
            <translation>内部需求</translation>
        </message>
        <message>
            <source>internal demand</source>
            <translation>内部需求</translation>
        </message>
        <message>
            <source>Leasing</source>
            <translation>租赁</translation>
        </message>
        <message>
            <source>leasing</source>
            <translation>租赁</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>sources of the assumptions</source>
            <translation>假设的来源</translation>
        </message>
        <message>
            <source>Monte Carlo set-up</source>
            <translation>蒙特卡洛设置</translation>
        </message>
        <message>
            <source>Discount rate (WACC)</source>
            <translation>折现率（WACC）</translation>
        </message>
        <message>
            <source>discount rate</source>
            <translation>折现率</translation>
        </message>
        <message>
            <source>Annual effective rate used for NPV</source>
            <translation>计算净现值所用的年有效利率</translation>
        </message>
        <message>
            <source>Tax rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <source>tax rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <source>Tax depreciation</source>
            <translation>税务折旧</translation>
        </message>
        <message>
            <source>tax depreciation</source>
            <translation>税务折旧</translation>
        </message>
        <message>
            <source>Bonus depreciation</source>
            <translation>加速折旧</translation>
        </message>
        <message>
            <source>bonus depreciation</source>
            <translation>加速折旧（bonus）</translation>
        </message>
        <message>
            <source>Share of cost deducted in the first tax year (MACRS only)</source>
            <translation>第一个税务年度扣除的成本比例（仅 MACRS）</translation>
        </message>
        <message>
            <source>Fiscal year ends in month</source>
            <translation>财年结束月份</translation>
        </message>
        <message>
            <source>fiscal year end (calendar month)</source>
            <translation>财年结束（日历月份）</translation>
        </message>
        <message>
            <source>Calendar month 1-12 that closes the fiscal year</source>
            <translation>财年结束的日历月（1-12）</translation>
        </message>
        <message>
            <source>Terminal value</source>
            <translation>终值</translation>
        </message>
        <message>
            <source>terminal value</source>
            <translation>期末价值</translation>
        </message>
        <message>
            <source>Value of unsold GPUs at the end of the horizon</source>
            <translation>期末未出售 GPU 的价值</translation>
        </message>
        <message>
            <source>Impairment test (ASC 360)</source>
            <translation>减值测试（ASC 360）</translation>
        </message>
        <message>
            <source>impairment test</source>
            <translation>减值测试</translation>
        </message>
        <message>
            <source>At every fiscal-year end, write a tranche down to its market value when its cash flows no longer recover its book value. Needs a market value curve on every GPU type bought.</source>
            <translation>在每个财年末，当批次的现金流不再能收回其账面价值时，将其减记至市场价值。需要为每个采购的 GPU 型号设置市场价值曲线。</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>可用率</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>可用率</translation>
        </message>
        <message>
            <source>Share of hours a working GPU can be used</source>
            <translation>正常 GPU 可使用的小时比例</translation>
        </message>
        <message>
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <source>Facility power / IT power</source>
            <translation>设施功率 / IT 功率</translation>
        </message>
        <message>
            <source>Electricity price</source>
            <translation>电价</translation>
        </message>
        <message>
            <source>electricity price</source>
            <translation>电价</translation>
        </message>
        <message>
            <source>Electricity price change</source>
            <translation>电价变化</translation>
        </message>
        <message>
            <source>electricity price change</source>
            <translation>电价变化</translation>
        </message>
        <message>
            <source>Colocation</source>
            <translation>托管费</translation>
        </message>
        <message>
            <source>colocation</source>
            <translation>托管费</translation>
        </message>
        <message>
            <source>Per kW of IT load (full-load power) per month</source>
            <translation>每千瓦 IT 负载（满载功率）每月</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>维护费</translation>
        </message>
        <message>
            <source>maintenance</source>
            <translation>维护</translation>
        </message>
        <message>
            <source>Share of capex of operating tranches, per year</source>
            <translation>运行中批次资本支出的年比例</translation>
        </message>
        <message>
            <source>Staff cost</source>
            <translation>人员成本</translation>
        </message>
        <message>
            <source>staff cost</source>
            <translation>人员成本</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>标识</translation>
        </message>
        <message>
            <source>id</source>
            <translation>标识</translation>
        </message>
        <message>
            <source>Short unique key: a-z, 0-9, _ and -</source>
            <translation>简短唯一键：a-z、0-9、_ 和 -</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>GPU price</source>
            <translation>GPU 价格</translation>
        </message>
        <message>
            <source>GPUs / server</source>
            <translation>GPU / 服务器</translation>
        </message>
        <message>
            <source>GPUs per server</source>
            <translation>每台服务器 GPU 数</translation>
        </message>
        <message>
            <source>Server cost</source>
            <translation>服务器成本</translation>
        </message>
        <message>
            <source>server cost</source>
            <translation>服务器成本</translation>
        </message>
        <message>
            <source>Per server, beyond the GPUs</source>
            <translation>每台服务器，GPU 以外部分</translation>
        </message>
        <message>
            <source>Network / GPU</source>
            <translation>网络 / GPU</translation>
        </message>
        <message>
            <source>network cost per GPU</source>
            <translation>每 GPU 网络成本</translation>
        </message>
        <message>
            <source>Power / GPU</source>
            <translation>功率 / GPU</translation>
        </message>
        <message>
            <source>power per GPU</source>
            <translation>每 GPU 功率</translation>
        </message>
        <message>
            <source>IT power at full load, server share included</source>
            <translation>满载 IT 功率，含服务器分摊</translation>
        </message>
        <message>
            <source>Idle power</source>
            <translation>空闲功率</translation>
        </message>
        <message>
            <source>idle power</source>
            <translation>空闲功率</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>吞吐量</translation>
        </message>
        <message>
            <source>throughput (H100 = 1)</source>
            <translation>吞吐量（H100 = 1）</translation>
        </message>
        <message>
            <source>H100-equivalents per GPU (H100 = 1)</source>
            <translation>每 GPU 的 H100 当量（H100 = 1）</translation>
        </message>
        <message>
            <source>Book life</source>
            <translation>账面寿命</translation>
        </message>
        <message>
            <source>book life</source>
            <translation>账面使用年限</translation>
        </message>
        <message>
            <source>Book (accounting) life: the months over which the GPUs are depreciated. The book-life presets change only this.</source>
            <translation>账面（会计）寿命：GPU 计提折旧的月数。账面寿命预设只改变此项。</translation>
        </message>
        <message>
            <source>Operating life</source>
            <translation>运行寿命</translation>
        </message>
        <message>
            <source>operating life</source>
            <translation>运营寿命</translation>
        </message>
        <message>
            <source>Operating (economic) life: months in service before the GPUs are sold. It drives the cash flows and is set on its own.</source>
            <translation>运行（经济）寿命：GPU 出售前在役的月数。它决定现金流，单独设置。</translation>
        </message>
        <message>
            <source>Salvage</source>
            <translation>账面残值</translation>
        </message>
        <message>
            <source>salvage value</source>
            <translation>账面残值</translation>
        </message>
        <message>
            <source>Book value left at the end of the book life</source>
            <translation>账面寿命结束时的剩余账面价值</translation>
        </message>
        <message>
            <source>Resale</source>
            <translation>转售</translation>
        </message>
        <message>
            <source>resale value</source>
            <translation>转售价值</translation>
        </message>
        <message>
            <source>Sale proceeds at disposal, share of cost</source>
            <translation>处置时的出售收入，占成本比例</translation>
        </message>
        <message>
            <source>Depreciation</source>
            <translation>折旧</translation>
        </message>
        <message>
            <source>depreciation method</source>
            <translation>折旧方法</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>故障率</translation>
        </message>
        <message>
            <source>failure rate</source>
            <translation>故障率</translation>
        </message>
        <message>
            <source>Lease price</source>
            <translation>租赁价格</translation>
        </message>
        <message>
            <source>lease price</source>
            <translation>租赁价格</translation>
        </message>
        <message>
            <source>Cloud price</source>
            <translation>云价格</translation>
        </message>
        <message>
            <source>cloud price</source>
            <translation>云价格</translation>
        </message>
        <message>
            <source>market value</source>
            <translation>市场价值</translation>
        </message>
        <message>
            <source>Age discount</source>
            <translation>年龄折价</translation>
        </message>
        <message>
            <source>market value age discount</source>
            <translation>市场价值的年龄折扣</translation>
        </message>
        <message>
            <source>Further discount per year of age on top of the market value curve</source>
            <translation>在市场价值曲线之外每增加一岁的额外折价</translation>
        </message>
        <message>
            <source>Change in book life</source>
            <translation>账面寿命变更</translation>
        </message>
        <message>
            <source>change in book life</source>
            <translation>账面使用年限变更</translation>
        </message>
        <message>
            <source>From month</source>
            <translation>起始月份</translation>
        </message>
        <message>
            <source>month of the change in book life</source>
            <translation>账面使用年限变更的月份</translation>
        </message>
        <message>
            <source>New book life</source>
            <translation>新的账面寿命</translation>
        </message>
        <message>
            <source>new book life</source>
            <translation>新的账面使用年限</translation>
        </message>
        <message>
            <source>Price in month 0</source>
            <translation>第 0 个月的价格</translation>
        </message>
        <message>
            <source>price in month 0</source>
            <translation>第 0 月价格</translation>
        </message>
        <message>
            <source>Annual change</source>
            <translation>年变化</translation>
        </message>
        <message>
            <source>annual change</source>
            <translation>年变化</translation>
        </message>
        <message>
            <source>Price points</source>
            <translation>价格点</translation>
        </message>
        <message>
            <source>price points</source>
            <translation>价格点</translation>
        </message>
        <message>
            <source>Purchase month</source>
            <translation>采购月份</translation>
        </message>
        <message>
            <source>purchase month</source>
            <translation>采购月份</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>GPUs bought</source>
            <translation>采购的 GPU</translation>
        </message>
        <message>
            <source>Install lag</source>
            <translation>安装延迟</translation>
        </message>
        <message>
            <source>install lag</source>
            <translation>安装延迟</translation>
        </message>
        <message>
            <source>Months from payment to service</source>
            <translation>从付款到投入使用的月数</translation>
        </message>
        <message>
            <source>GPU price override</source>
            <translation>GPU 价格覆盖</translation>
        </message>
        <message>
            <source>Empty: the GPU type's price</source>
            <translation>留空：使用 GPU 型号价格</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Internal demand, month 0</source>
            <translation>内部需求，第 0 个月</translation>
        </message>
        <message>
            <source>H100-equivalent compute hours per month</source>
            <translation>每月 H100 当量计算小时</translation>
        </message>
        <message>
            <source>Demand growth</source>
            <translation>需求增长</translation>
        </message>
        <message>
            <source>internal demand growth</source>
            <translation>内部需求增长</translation>
        </message>
        <message>
            <source>Internal demand series</source>
            <translation>内部需求序列</translation>
        </message>
        <message>
            <source>internal demand by month</source>
            <translation>按月内部需求</translation>
        </message>
        <message>
            <source>Lease surplus capacity</source>
            <translation>出租富余容量</translation>
        </message>
        <message>
            <source>leasing of surplus capacity</source>
            <translation>出租剩余算力</translation>
        </message>
        <message>
            <source>Sellable share of surplus</source>
            <translation>富余容量可出租比例</translation>
        </message>
        <message>
            <source>share of surplus that finds a tenant</source>
            <translation>剩余算力中找到租户的比例</translation>
        </message>
        <message>
            <source>Share of surplus hours that find a tenant</source>
            <translation>找到租户的富余小时比例</translation>
        </message>
        <message>
            <source>Sales cost</source>
            <translation>销售成本</translation>
        </message>
        <message>
            <source>sales cost of leasing</source>
            <translation>租赁的销售成本</translation>
        </message>
        <message>
            <source>Sales, billing and support, as a share of lease revenue</source>
            <translation>销售、计费与支持，占租赁收入的比例</translation>
        </message>
        <message>
            <source>Contract length</source>
            <translation>合同期限</translation>
        </message>
        <message>
            <source>lease contract length</source>
            <translation>租约期限</translation>
        </message>
        <message>
            <source>1 month = spot pricing</source>
            <translation>1 个月 = 现货定价</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Monte Carlo paths</source>
            <translation>蒙特卡洛路径数</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Monte Carlo seed</source>
            <translation>蒙特卡洛种子</translation>
        </message>
        <message>
            <source>Drivers</source>
            <translation>驱动因素</translation>
        </message>
        <message>
            <source>Monte Carlo drivers</source>
            <translation>蒙特卡洛驱动因素</translation>
        </message>
        <message>
            <source>Correlations</source>
            <translation>相关性</translation>
        </message>
        <message>
            <source>Monte Carlo correlations</source>
            <translation>蒙特卡洛相关性</translation>
        </message>
        <message>
            <source>Driver A</source>
            <translation>驱动因素 A</translation>
        </message>
        <message>
            <source>driver a</source>
            <translation>驱动因素 A</translation>
        </message>
        <message>
            <source>Driver B</source>
            <translation>驱动因素 B</translation>
        </message>
        <message>
            <source>driver b</source>
            <translation>驱动因素 B</translation>
        </message>
        <message>
            <source>Correlation</source>
            <translation>相关系数</translation>
        </message>
        <message>
            <source>correlation</source>
            <translation>相关系数</translation>
        </message>
        <message>
            <source>%1</source>
            <translation>%1</translation>
        </message>
        <message>
            <source>%1/GPU-h</source>
            <translation>%1/GPU·小时</translation>
        </message>
        <message>
            <source>%1/kWh</source>
            <translation>%1/千瓦时</translation>
        </message>
        <message>
            <source>%1/kW/month</source>
            <translation>%1/千瓦/月</translation>
        </message>
        <message>
            <source>%1/month</source>
            <translation>%1/月</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>%/year</source>
            <translation>%/年</translation>
        </message>
        <message>
            <source>kW</source>
            <translation>千瓦</translation>
        </message>
        <message>
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <source>h/month</source>
            <translation>小时/月</translation>
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
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>来源：%1</translation>
        </message>
        <message>
            <source>%1, %2/year</source>
            <translation>%1，%2/年</translation>
        </message>
        <message>
            <source>no points</source>
            <translation>无价格点</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s), %1 → %2</source>
            <translation>
                <numerusform>%n 个点，%1 → %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::ScenarioView</name>
        <message>
            <source>Assumptions</source>
            <translation>假设</translation>
        </message>
        <message>
            <source>Fleet</source>
            <translation>机群</translation>
        </message>
        <message>
            <source>Demand &amp;&amp; Leasing</source>
            <translation>需求与租赁</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>敏感性</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <source>Input problems: click one to go to the field</source>
            <translation>输入问题：点击跳转到对应字段</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>运营</translation>
        </message>
        <message>
            <source>Sources of the assumptions</source>
            <translation>假设来源</translation>
        </message>
        <message>
            <source>&lt;b&gt;GPU types&lt;/b&gt;</source>
            <translation>&lt;b&gt;GPU 型号&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Set book life</source>
            <translation>设置账面寿命</translation>
        </message>
        <message>
            <source>Add GPU type</source>
            <translation>添加 GPU 型号</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Lease price</source>
            <translation>租赁价格</translation>
        </message>
        <message>
            <source>Cloud price</source>
            <translation>云价格</translation>
        </message>
        <message>
            <source>&lt;b&gt;Purchases&lt;/b&gt; (paid in the purchase month, earning from the month in service)</source>
            <translation>&lt;b&gt;采购&lt;/b&gt;（采购月份付款，投入使用月份起产生收益）</translation>
        </message>
        <message>
            <source>Add purchase</source>
            <translation>添加采购</translation>
        </message>
        <message>
            <source>Remove GPU type</source>
            <translation>删除 GPU 型号</translation>
        </message>
        <message>
            <source>Internal demand (H100-equivalent compute hours per month)</source>
            <translation>内部需求（每月 H100 当量计算小时）</translation>
        </message>
        <message>
            <source>Leasing of surplus capacity</source>
            <translation>富余容量租赁</translation>
        </message>
        <message>
            <source>Capacity, internal use and leasing</source>
            <translation>容量、内部使用与租赁</translation>
        </message>
        <message>
            <source>Swing of each driver:</source>
            <translation>各因素波动幅度：</translation>
        </message>
        <message>
            <source>Each driver alone is multiplied by 1 − swing and 1 + swing; bars show the NPV that results.</source>
            <translation>每个因素单独乘以 1 − 波动 和 1 + 波动；条形显示由此得到的净现值。</translation>
        </message>
        <message>
            <source>Tornado: NPV by driver</source>
            <translation>龙卷风图：各因素净现值</translation>
        </message>
        <message>
            <source>Lease-price factor</source>
            <translation>租赁价格系数</translation>
        </message>
        <message>
            <source>Internal-demand factor</source>
            <translation>内部需求系数</translation>
        </message>
        <message>
            <source>NPV by lease-price and internal-demand factor</source>
            <translation>按租赁价格与内部需求系数的净现值</translation>
        </message>
        <message>
            <source>Sensitivity table</source>
            <translation>敏感性表</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message numerus="yes">
            <source>Import %n purchase(s) from CSV</source>
            <translation>
                <numerusform>从 CSV 导入 %n 笔采购</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n purchase(s)</source>
            <translation>
                <numerusform>已导入 %n 笔采购</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported a demand series of %n month(s)</source>
            <translation>
                <numerusform>已导入 %n 个月的需求序列</numerusform>
            </translation>
        </message>
        <message>
            <source>Set-up</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Simulation</source>
            <translation>模拟</translation>
        </message>
        <message>
            <source>Apply a company's disclosed server depreciation life to every GPU type. This is an accounting choice: it changes the book life only; the operating life (months in service, which drives the cash flows) stays as it is and is edited in its own column.</source>
            <translation>将某公司披露的服务器折旧年限应用到每个 GPU 型号。这是会计选择：只改变账面寿命；运行寿命（在役月数，决定现金流）保持不变，在其自己的列中编辑。</translation>
        </message>
        <message>
            <source>Book life set to %1 months for every GPU type; operating lives unchanged</source>
            <translation>已将每个 GPU 型号的账面寿命设为 %1 个月；运行寿命不变</translation>
        </message>
        <message>
            <source>Paste rows from a spreadsheet with Ctrl+V: columns month, sku, gpus (and install_lag_months, gpu_price, label), with or without a header row</source>
            <translation>用 Ctrl+V 从电子表格粘贴行：列为 month、sku、gpus（以及 install_lag_months、gpu_price、label），可带或不带表头行</translation>
        </message>
        <message>
            <source>Swing</source>
            <translation>幅度</translation>
        </message>
        <message>
            <source>Goal seek…</source>
            <translation>单变量求解…</translation>
        </message>
        <message>
            <source>Which value of a driver makes NPV zero, reaches an IRR or a payback month?</source>
            <translation>哪个因素取值能使净现值为零、达到某内部收益率或某回收月份？</translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n purchase(s)</source>
            <translation>
                <numerusform>已粘贴 %n 笔采购</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n row(s) refused</source>
            <translation>
                <numerusform>；%n 行被拒绝</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>Paste purchases</source>
            <translation>粘贴采购</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) pasted as purchases (Undo removes them in one step).</source>
            <translation>
                <numerusform>已将 %n 行粘贴为采购（撤销可一步移除）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) refused:</source>
            <translation>
                <numerusform>%n 行被拒绝：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No row could be pasted; %n row(s) refused:</source>
            <translation>
                <numerusform>没有行能被粘贴；%n 行被拒绝：</numerusform>
            </translation>
        </message>
        <message>
            <source>Balance sheet</source>
            <translation>资产负债表</translation>
        </message>
        <message>
            <source>As a change in estimate from a month</source>
            <translation>作为自某月起的会计估计变更</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>市场价值</translation>
        </message>
        <message>
            <source>Change in book life</source>
            <translation>账面寿命变更</translation>
        </message>
        <message>
            <source>Import demand</source>
            <translation>导入需求</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::SensitivityTableModel</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>因素</translation>
        </message>
        <message>
            <source>NPV at −%1 %</source>
            <translation>−%1% 时的净现值</translation>
        </message>
        <message>
            <source>NPV at +%1 %</source>
            <translation>+%1% 时的净现值</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>差幅</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>系统语言</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Default location</source>
            <translation>默认位置</translation>
        </message>
        <message>
            <source>Browse...</source>
            <translation>浏览...</translation>
        </message>
        <message>
            <source>Workspace file:</source>
            <translation>工作区文件：</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>工作区文件</translation>
        </message>
        <message>
            <source>FleetROI workspaces (*.sqlite)</source>
            <translation>FleetROI 工作区 (*.sqlite)</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <source>Compact (USD 12.3 m)</source>
            <translation>紧凑（USD 12.3 百万）</translation>
        </message>
        <message>
            <source>Full (USD 12,345,678)</source>
            <translation>完整（USD 12,345,678）</translation>
        </message>
        <message>
            <source>Money amounts:</source>
            <translation>金额显示：</translation>
        </message>
        <message>
            <source>Numbers on screen follow the language's conventions; scenario files and the command line always use the C locale. A new language or workspace takes effect after a restart.</source>
            <translation>屏幕上的数字遵循所选语言的格式；情景文件和命令行始终使用 C 区域设置。新的语言或工作区在重启后生效。</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::SkuTableModel</name>
        <message>
            <source>Lease price
%1/GPU-h</source>
            <translation>租赁价格
%1/GPU 小时</translation>
        </message>
        <message>
            <source>Cloud price
%1/GPU-h</source>
            <translation>云价格
%1/GPU 小时</translation>
        </message>
        <message>
            <source>Edit the curve in the price editor below the table</source>
            <translation>在表格下方的价格编辑器中编辑曲线</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::StartPage</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>&lt;h2&gt;FleetROI&lt;/h2&gt;&lt;p&gt;Open a scenario to work on, look at an example, or start a new scenario from a template.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;FleetROI&lt;/h2&gt;&lt;p&gt;打开一个情景进行编辑、查看示例，或从模板新建情景。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Recent scenarios</source>
            <translation>最近的情景</translation>
        </message>
        <message>
            <source>Files you opened or exported lately. Double-click to open.</source>
            <translation>最近打开或导出的文件。双击打开。</translation>
        </message>
        <message>
            <source>Open a file...</source>
            <translation>打开文件...</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>示例</translation>
        </message>
        <message>
            <source>Worked scenarios that come with FleetROI. Double-click to open one (your changes are saved as a new scenario).</source>
            <translation>FleetROI 自带的算例情景。双击打开（您的更改会另存为新情景）。</translation>
        </message>
        <message>
            <source>New from template</source>
            <translation>从模板新建</translation>
        </message>
        <message>
            <source>A new scenario under a new name, starting from a blank set-up or from an example's assumptions.</source>
            <translation>以新名称新建情景，从空白设置或某个示例的假设开始。</translation>
        </message>
        <message>
            <source>Blank scenario
One H100 type, one purchase, five years from this month</source>
            <translation>空白情景
一个 H100 型号、一笔采购、从本月起五年</translation>
        </message>
        <message>
            <source>Based on "%1"
Its fleet, prices and assumptions under a new name</source>
            <translation>基于“%1”
其机群、价格和假设，使用新名称</translation>
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation>%1（未找到）</translation>
        </message>
        <message>
            <source>No recent files yet.</source>
            <translation>暂无最近的文件。</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::TableClipboard</name>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy whole table</source>
            <translation>复制整个表格</translation>
        </message>
        <message>
            <source>Paste rows from a spreadsheet</source>
            <translation>从电子表格粘贴行</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::TrancheTableModel</name>
        <message>
            <source>%1 bought %2</source>
            <translation>%1 于 %2 采购</translation>
        </message>
        <message>
            <source>held</source>
            <translation>持有</translation>
        </message>
        <message>
            <source>#</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Tranche</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>GPU type</source>
            <translation>GPU 型号</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>采购</translation>
        </message>
        <message>
            <source>In service</source>
            <translation>投入使用</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU 数</translation>
        </message>
        <message>
            <source>Capex (%1)</source>
            <translation>资本支出（%1）</translation>
        </message>
        <message>
            <source>Sold</source>
            <translation>出售</translation>
        </message>
        <message>
            <source>Proceeds (%1)</source>
            <translation>处置收入（%1）</translation>
        </message>
        <message>
            <source>Book gain (%1)</source>
            <translation>账面收益（%1）</translation>
        </message>
        <message>
            <source>Terminal value (%1)</source>
            <translation>终值（%1）</translation>
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
            <translation>批评者情形：GPU 机群经济性的质疑者提出的风险，以不利于情景的乘数表示（替换因素和相关性；保留路径数和随机种子；撤销可恢复原设置）：
- 账面使用年限与运营寿命 x 0.5 / 0.65 / 1.0（三角分布）：GPU 约创收 3 年，而非 5-6 年（0.55 x 66 个月 = 36 个月）。
- 租赁价格 x 0.45 / 0.7 / 1.0：新一代产品到来时下降更陡，表现为寿命期内价格更低（该因素缩放整条曲线）。
- 内部需求 x 0.6 / 0.85 / 1.05，剩余算力可出租比例 x 0.5 / 0.75 / 1.0：利用率更低。
- 租赁价格与剩余算力可出租比例相关（rho 0.5）：供过于求同时压低价格和出租率。</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::UsefulLifeChangeEditor</name>
        <message>
            <source>Change the book life from a month (change in accounting estimate)</source>
            <translation>自某月起变更账面寿命（会计估计变更）</translation>
        </message>
        <message>
            <source>The first month with the new book life; earlier months are not restated (ASC 250).</source>
            <translation>采用新账面寿命的第一个月；之前的月份不追溯调整（ASC 250）。</translation>
        </message>
        <message>
            <source>From month:</source>
            <translation>起始月份：</translation>
        </message>
        <message>
            <source>New book life</source>
            <translation>新的账面寿命</translation>
        </message>
        <message>
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <source>New book life:</source>
            <translation>新的账面寿命：</translation>
        </message>
        <message>
            <source>Apply a company's book life from a month</source>
            <translation>自某月起应用某公司的账面寿命</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Book life of %1: %2 months from entering service</source>
            <translation>%1 的账面寿命：自投入使用起 %2 个月</translation>
        </message>
        <message>
            <source>From %1 the book value left on tranches of %2 still being depreciated is spread straight-line so that their book life ends %3 months after they entered service; tranches entering service from %1 on use %3 months. Earlier months are not restated. The operating life, the tax schedule and the cash flows do not change.</source>
            <translation>自 %1 起，%2 仍在折旧的批次的剩余账面价值按直线法分摊，使其账面寿命在投入使用后 %3 个月结束；自 %1 起投入使用的批次使用 %3 个月。之前的月份不追溯调整。运行寿命、税务折旧计划和现金流不变。</translation>
        </message>
        <message>
            <source>No change in estimate: %1 is depreciated over %2 months.</source>
            <translation>无会计估计变更：%1 按 %2 个月折旧。</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::WorkspaceBrowser</name>
        <message>
            <source>Filter by name or tag</source>
            <translation>按名称或标签筛选</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>保存时间</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>所有标签</translation>
        </message>
        <message numerus="yes">
            <source>%n revision(s); double-click to open the newest</source>
            <translation>
                <numerusform>%n 个修订版；双击打开最新版</numerusform>
            </translation>
        </message>
        <message>
            <source>Revision %1</source>
            <translation>修订版 %1</translation>
        </message>
        <message>
            <source>Revision %1: %2</source>
            <translation>修订版 %1：%2</translation>
        </message>
        <message>
            <source>Saved by %1</source>
            <translation>保存者：%1</translation>
        </message>
        <message>
            <source>Open revision %1</source>
            <translation>打开修订版 %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Rename...</source>
            <translation>重命名...</translation>
        </message>
        <message>
            <source>Rename scenario</source>
            <translation>重命名情景</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Duplicate scenario</source>
            <translation>复制情景</translation>
        </message>
        <message>
            <source>Edit tags...</source>
            <translation>编辑标签...</translation>
        </message>
        <message>
            <source>Tags, separated by commas:</source>
            <translation>标签，用逗号分隔：</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>移至回收站</translation>
        </message>
        <message>
            <source>Moved to the trash</source>
            <translation>已移至回收站</translation>
        </message>
        <message>
            <source>Restore revision %1 as the newest</source>
            <translation>将修订版 %1 恢复为最新版本</translation>
        </message>
        <message>
            <source>Restore revision</source>
            <translation>恢复修订版</translation>
        </message>
        <message>
            <source>Revision %1 restored as the newest</source>
            <translation>修订版 %1 已恢复为最新版本</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>回收站</translation>
        </message>
        <message>
            <source>Scenarios in the trash keep their whole history until the trash is emptied.</source>
            <translation>回收站中的情景在清空回收站之前保留全部历史记录。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>永久删除</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>清空回收站</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n revision(s))</source>
            <translation>
                <numerusform>%1（%n 个修订版）</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete this scenario and all its revisions for good?</source>
            <translation>永久删除此情景及其所有修订版？</translation>
        </message>
        <message>
            <source>Delete every scenario in the trash and all its revisions for good?</source>
            <translation>永久删除回收站中的所有情景及其全部修订版？</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::WorkspaceController</name>
        <message>
            <source>Workspace not available: %1</source>
            <translation>工作区不可用：%1</translation>
        </message>
        <message>
            <source>Workspace opened read-only: %1</source>
            <translation>工作区以只读方式打开：%1</translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>打开或新建工作区</translation>
        </message>
        <message>
            <source>FleetROI workspaces (*.sqlite *.fleetroi-workspace);;All files (*)</source>
            <translation>FleetROI 工作区 (*.sqlite *.fleetroi-workspace);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Workspace %1</source>
            <translation>工作区 %1</translation>
        </message>
        <message>
            <source>Open team workspace</source>
            <translation>打开团队工作区</translation>
        </message>
        <message>
            <source>Address of the team workspace on a PostgreSQL server:
postgresql://[user@]host[:port]/database[?sslmode=require]
The password is asked for when ~/.pgpass or PGPASSWORD has none; FleetROI never saves it.</source>
            <translation>PostgreSQL 服务器上团队工作区的地址：
postgresql://[user@]host[:port]/database[?sslmode=require]
当 ~/.pgpass 或 PGPASSWORD 中没有密码时会询问密码；FleetROI 从不保存密码。</translation>
        </message>
        <message>
            <source>Team workspace %1</source>
            <translation>团队工作区 %1</translation>
        </message>
        <message>
            <source>The team workspace could not be opened. The status bar says why; the previous workspace is closed.</source>
            <translation>无法打开团队工作区。状态栏会说明原因；先前的工作区已关闭。</translation>
        </message>
        <message>
            <source>Team workspace password</source>
            <translation>团队工作区密码</translation>
        </message>
        <message>
            <source>%1

Password for %2 (kept in memory for this session only, never saved):</source>
            <translation>%1

%2 的密码（仅在本次会话中保存在内存，从不写入磁盘）：</translation>
        </message>
        <message>
            <source>Team workspace %1 as %2</source>
            <translation>以 %2 身份打开团队工作区 %1</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1（只读）</translation>
        </message>
        <message>
            <source>Import scenario</source>
            <translation>导入情景</translation>
        </message>
        <message>
            <source>The workspace already has a scenario named "%1".</source>
            <translation>工作区中已有名为“%1”的情景。</translation>
        </message>
        <message>
            <source>Add as new revision</source>
            <translation>添加为新修订版</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>保留两者</translation>
        </message>
        <message>
            <source>Open scenario file</source>
            <translation>打开情景文件</translation>
        </message>
        <message>
            <source>%1 is not a valid scenario file:

%2</source>
            <translation>%1 不是有效的情景文件：

%2</translation>
        </message>
        <message>
            <source>%1 is already in the workspace</source>
            <translation>%1 已在工作区中</translation>
        </message>
        <message>
            <source>Imported %1 into the workspace</source>
            <translation>已将 %1 导入工作区</translation>
        </message>
        <message>
            <source>No writable workspace: export the scenario as a file instead.</source>
            <translation>没有可写的工作区：请改为将情景导出为文件。</translation>
        </message>
        <message>
            <source>Save revision</source>
            <translation>保存修订版</translation>
        </message>
        <message>
            <source>%1

Save your version as a copy instead?</source>
            <translation>%1

改为将您的版本另存为副本？</translation>
        </message>
        <message>
            <source>No changes since revision %1</source>
            <translation>自修订版 %1 以来无更改</translation>
        </message>
        <message>
            <source>Saved revision %1</source>
            <translation>已保存修订版 %1</translation>
        </message>
        <message>
            <source>This scenario, revision %1 (%2)</source>
            <translation>此情景，修订版 %1（%2）</translation>
        </message>
        <message>
            <source>This scenario, revision %1: %2</source>
            <translation>此情景，修订版 %1：%2</translation>
        </message>
        <message>
            <source>Revision %1</source>
            <translation>修订版 %1</translation>
        </message>
        <message>
            <source>%1 (saved)</source>
            <translation>%1（已保存）</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::BalanceSheetChart</name>
        <message>
            <source>Value at end of month</source>
            <translation>月末价值</translation>
        </message>
        <message>
            <source>Net book value</source>
            <translation>账面净值</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>市场价值</translation>
        </message>
        <message>
            <source>Tax basis</source>
            <translation>计税基础</translation>
        </message>
        <message>
            <source>Impairment</source>
            <translation>减值</translation>
        </message>
        <message>
            <source>−%1 impairment</source>
            <translation>减值 −%1</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::BookValueChart</name>
        <message>
            <source>Book value</source>
            <translation>账面价值</translation>
        </message>
        <message>
            <source>Fleet book value</source>
            <translation>机群账面价值</translation>
        </message>
        <message>
            <source>Tax basis</source>
            <translation>计税基础</translation>
        </message>
        <message>
            <source>Bought %1</source>
            <translation>%1 采购</translation>
        </message>
        <message>
            <source>FY%1 vintage</source>
            <translation>FY%1 批次</translation>
        </message>
        <message>
            <source>Other (%1 tranches)</source>
            <translation>其他（%1 个批次）</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>市场价值</translation>
        </message>
        <message>
            <source>Impairment</source>
            <translation>减值</translation>
        </message>
        <message>
            <source>Value at end of month</source>
            <translation>月末价值</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::CapacityChart</name>
        <message>
            <source>Compute hours (H100-eq.)</source>
            <translation>计算小时（H100 当量）</translation>
        </message>
        <message>
            <source>Internal use</source>
            <translation>内部使用</translation>
        </message>
        <message>
            <source>Leased</source>
            <translation>已出租</translation>
        </message>
        <message>
            <source>Shortfall</source>
            <translation>缺口</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>容量</translation>
        </message>
        <message>
            <source>Internal demand</source>
            <translation>内部需求</translation>
        </message>
        <message>
            <source>Utilization</source>
            <translation>利用率</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::CashFlowChart</name>
        <message>
            <source>Net cash flow per month</source>
            <translation>每月净现金流</translation>
        </message>
        <message>
            <source>Cumulative cash flow</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <source>Net cash in</source>
            <translation>净现金流入</translation>
        </message>
        <message>
            <source>Net cash out</source>
            <translation>净现金流出</translation>
        </message>
        <message>
            <source>Payback %1</source>
            <translation>回收期 %1</translation>
        </message>
        <message>
            <source>No payback within the horizon</source>
            <translation>期内未能回收</translation>
        </message>
        <message>
            <source>Discounted payback %1</source>
            <translation>折现回收期 %1</translation>
        </message>
        <message>
            <source>Net cash flow</source>
            <translation>净现金流</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>累计</translation>
        </message>
        <message>
            <source>EBITDA</source>
            <translation>EBITDA</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>资本支出</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>税费</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::ChartFormat</name>
        <message>
            <source>T</source>
            <comment>trillion (10^12) after an abbreviated amount: 1.5T</comment>
            <translation> 万亿</translation>
        </message>
        <message>
            <source>B</source>
            <comment>billion (10^9) after an abbreviated amount: 1.5B</comment>
            <translation> 十亿</translation>
        </message>
        <message>
            <source>M</source>
            <comment>million (10^6) after an abbreviated amount: 1.5M</comment>
            <translation> 百万</translation>
        </message>
        <message>
            <source>K</source>
            <comment>thousand (10^3) after an abbreviated amount: 1.5K</comment>
            <translation> 千</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::ChartView</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1x</source>
            <translation>%1×</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <source>%1/h</source>
            <translation>%1/小时</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Unsupported file type "%1": use .png, .svg or .pdf.</source>
            <translation>不支持的文件类型“%1”：请使用 .png、.svg 或 .pdf。</translation>
        </message>
        <message>
            <source>Could not write "%1".</source>
            <translation>无法写入“%1”。</translation>
        </message>
        <message>
            <source>FleetROI chart</source>
            <translation>FleetROI 图表</translation>
        </message>
        <message>
            <source>Export chart...</source>
            <translation>导出图表...</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
            <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>The chart could not be written.</source>
            <translation>无法写入图表。</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::ComparisonChart</name>
        <message>
            <source>Cumulative cash flow</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>情景 %1</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::DistributionPreviewChart</name>
        <message>
            <source>Density of the multiplier as the simulation draws it; the dashed line is 1.0, the scenario as entered</source>
            <translation>模拟抽取的乘数的密度；虚线为 1.0，即按输入的情景</translation>
        </message>
        <message>
            <source>Density</source>
            <translation>密度</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::FanChart</name>
        <message>
            <source>Cumulative cash flow</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <source>P10</source>
            <translation>P10</translation>
        </message>
        <message>
            <source>P10 to P90</source>
            <translation>P10 至 P90</translation>
        </message>
        <message>
            <source>P50 (median)</source>
            <translation>P50（中位数）</translation>
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
            <translation>租赁价格系数</translation>
        </message>
        <message>
            <source>Internal demand factor</source>
            <translation>内部需求系数</translation>
        </message>
        <message>
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <source>%1: %2
%3: %4
NPV: %5</source>
            <translation>%1：%2
%3：%4
净现值：%5</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::HistogramChart</name>
        <message>
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Paths per NPV bin</source>
            <translation>每个净现值区间的路径数</translation>
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
            <translation>%1 至 %2
%3 条路径（%4）</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::NpvBarsChart</name>
        <message>
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>情景 %1</translation>
        </message>
        <message>
            <source>NPV above zero</source>
            <translation>净现值为正</translation>
        </message>
        <message>
            <source>NPV below zero</source>
            <translation>净现值为负</translation>
        </message>
        <message>
            <source>%1
NPV: %2</source>
            <translation>%1
净现值：%2</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::PriceCurveChart</name>
        <message>
            <source>Price per GPU-hour</source>
            <translation>每 GPU 小时价格</translation>
        </message>
        <message>
            <source>%1 lease</source>
            <translation>%1 租赁</translation>
        </message>
        <message>
            <source>%1 cloud</source>
            <translation>%1 云</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>The %1 GPU types with the largest capex; %2 more in the Fleet tab</source>
            <translation>资本支出最大的 %1 个 GPU 型号；另有 %2 个见“机群”选项卡</translation>
        </message>
        <message>
            <source>Value per GPU</source>
            <translation>每块 GPU 价值</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::RevenueCostChart</name>
        <message>
            <source>Per month (costs below zero)</source>
            <translation>每月（成本为负）</translation>
        </message>
        <message>
            <source>Lease revenue</source>
            <translation>租赁收入</translation>
        </message>
        <message>
            <source>Internal value</source>
            <translation>内部价值</translation>
        </message>
        <message>
            <source>Electricity</source>
            <translation>电费</translation>
        </message>
        <message>
            <source>Colocation</source>
            <translation>托管费</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>维护费</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>销售</translation>
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
            <translation>净现值</translation>
        </message>
        <message>
            <source>Driver -%1%</source>
            <translation>因素 −%1%</translation>
        </message>
        <message>
            <source>Driver +%1%</source>
            <translation>因素 +%1%</translation>
        </message>
        <message>
            <source>Base NPV %1</source>
            <translation>基准净现值 %1</translation>
        </message>
        <message>
            <source>%1
Low: %2
High: %3
Swing: %4
Base: %5</source>
            <translation>%1
低：%2
高：%3
波动：%4
基准：%5</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::UtilizationChart</name>
        <message>
            <source>Utilization</source>
            <translation>利用率</translation>
        </message>
        <message>
            <source>Average %1%</source>
            <translation>平均 %1%</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::charts::WaterfallChart</name>
        <message>
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <source>%1
NPV: %2</source>
            <translation>%1
净现值：%2</translation>
        </message>
        <message>
            <source>%1
NPV change: %2
NPV after this step: %3</source>
            <translation>%1
净现值变化：%2
此步骤后的净现值：%3</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::exporting::CsvImport</name>
        <message>
            <source>the header has no '%1' column</source>
            <translation>表头中没有“%1”列</translation>
        </message>
        <message>
            <source>month: must be 0 to %1 or a month from %2 to %3, got '%4'</source>
            <translation>month：必须为 0 至 %1 或 %2 至 %3 之间的月份，实际为“%4”</translation>
        </message>
        <message>
            <source>sku: no SKU with the id or name '%1'</source>
            <translation>sku：没有标识或名称为“%1”的 SKU</translation>
        </message>
        <message>
            <source>label: control characters are not allowed</source>
            <translation>label：不允许包含控制字符</translation>
        </message>
        <message numerus="yes">
            <source>more values than the %n month(s) of the horizon</source>
            <translation>
                <numerusform>数值多于期限内的 %n 个月</numerusform>
            </translation>
        </message>
        <message>
            <source>month %1 is given twice</source>
            <translation>第 %1 个月重复出现</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) without a value: %1</source>
            <translation>
                <numerusform>%n 个月没有数值：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>empty</source>
            <translation>空</translation>
        </message>
        <message>
            <source>'%1' has thousands separators, which are not read; write it without them</source>
            <translation>“%1”含有千位分隔符，无法读取；请去掉分隔符</translation>
        </message>
        <message>
            <source>'%1' has a decimal %2, but the decimal separator is the %3</source>
            <translation>“%1”使用%2作小数点，但小数点设为%3</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>“%1”不是数字</translation>
        </message>
        <message>
            <source>'%1' is too large</source>
            <translation>“%1”过大</translation>
        </message>
        <message>
            <source>%1: must be %2, got %3</source>
            <translation>%1：必须为%2，实际为 %3</translation>
        </message>
        <message>
            <source>1 field</source>
            <translation>1 个字段</translation>
        </message>
        <message>
            <source>%1 fields</source>
            <translation>%1 个字段</translation>
        </message>
        <message>
            <source>%1, but the header has %2</source>
            <translation>%1，但表头有 %2</translation>
        </message>
        <message>
            <source>%1, but the other rows have %2</source>
            <translation>%1，但其他行有 %2</translation>
        </message>
        <message>
            <source> (a number with a decimal comma in a comma-separated file? Quote it, write it with a decimal point, or use semicolons between fields)</source>
            <translation>（逗号分隔文件中带小数逗号的数字？请加引号、改用小数点，或用分号分隔字段）</translation>
        </message>
        <message>
            <source>the file is not UTF-8 (it holds zero bytes): it looks like UTF-16 without a byte-order mark; choose the encoding %1 or %2 explicitly</source>
            <translation>文件不是 UTF-8（含零字节）：看起来是不带字节顺序标记的 UTF-16；请明确选择编码 %1 或 %2</translation>
        </message>
        <message>
            <source>the file is not valid UTF-8 (line %1: byte 0x%2); it is probably Windows-1252, as Excel on Windows saves CSV files. Choose the encoding explicitly (Windows-1252 or Latin-1) to read it; nothing was guessed</source>
            <translation>文件不是有效的 UTF-8（第 %1 行：字节 0x%2）；它可能是 Windows-1252（Windows 上的 Excel 以此保存 CSV）。请明确选择编码（Windows-1252 或 Latin-1）后再读取；未做任何猜测</translation>
        </message>
        <message>
            <source>the file is not valid %1</source>
            <translation>文件不是有效的 %1</translation>
        </message>
        <message>
            <source>the file holds bytes that Windows-1252 does not define (0x81, 0x8D, 0x8F, 0x90 or 0x9D): it is not Windows-1252</source>
            <translation>文件包含 Windows-1252 未定义的字节（0x81、0x8D、0x8F、0x90 或 0x9D）：它不是 Windows-1252</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>逗号</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>分号</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>point</source>
            <translation>句点</translation>
        </message>
        <message>
            <source>the decimal separator (%1) cannot also be the delimiter between fields; choose another</source>
            <translation>小数点（%1）不能同时作为字段分隔符；请另选</translation>
        </message>
        <message>
            <source>the decimal separator must be a point or a comma</source>
            <translation>小数点必须是句点或逗号</translation>
        </message>
        <message>
            <source>gpu_price '%1' followed by a label '%2': is it the price %1,%2 with a decimal comma? Write the price with a decimal point, quote the label, or use semicolons between fields</source>
            <translation>gpu_price“%1”后接 label“%2”：是否是带小数逗号的价格 %1,%2？请用小数点写价格、为 label 加引号，或用分号分隔字段</translation>
        </message>
        <message>
            <source>label: at most %1 characters</source>
            <translation>label：最多 %1 个字符</translation>
        </message>
        <message>
            <source>compute hours</source>
            <translation>计算小时</translation>
        </message>
        <message>
            <source>'%1', which is ambiguous: %2 with a decimal %3, or %4 with a %3 between thousands; choose the decimal separator (--decimal, or Decimal separator in the import preview)</source>
            <translation>“%1”有歧义：可能是以%3作小数点的 %2，也可能是以%3作千位分隔符的 %4；请选择小数点（--decimal，或导入预览中的“小数点”）</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::exporting::ExportData</name>
        <message>
            <source>Capacity (compute h)</source>
            <translation>容量（计算小时）</translation>
        </message>
        <message>
            <source>Internal demand (compute h)</source>
            <translation>内部需求（计算小时）</translation>
        </message>
        <message>
            <source>Internal served (compute h)</source>
            <translation>内部已满足（计算小时）</translation>
        </message>
        <message>
            <source>Shortfall (compute h)</source>
            <translation>缺口（计算小时）</translation>
        </message>
        <message>
            <source>Leased (compute h)</source>
            <translation>已出租（计算小时）</translation>
        </message>
        <message>
            <source>Utilization</source>
            <translation>利用率</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>资本支出</translation>
        </message>
        <message>
            <source>Lease revenue</source>
            <translation>租赁收入</translation>
        </message>
        <message>
            <source>Internal value</source>
            <translation>内部价值</translation>
        </message>
        <message>
            <source>Electricity</source>
            <translation>电费</translation>
        </message>
        <message>
            <source>Colocation</source>
            <translation>托管费</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>维护费</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Sales cost</source>
            <translation>销售成本</translation>
        </message>
        <message>
            <source>Opex</source>
            <translation>运营支出</translation>
        </message>
        <message>
            <source>EBITDA</source>
            <translation>EBITDA</translation>
        </message>
        <message>
            <source>Book depreciation</source>
            <translation>账面折旧</translation>
        </message>
        <message>
            <source>Tax depreciation</source>
            <translation>税务折旧</translation>
        </message>
        <message>
            <source>Book gain</source>
            <translation>账面收益</translation>
        </message>
        <message>
            <source>Proceeds</source>
            <translation>处置收入</translation>
        </message>
        <message>
            <source>Terminal value</source>
            <translation>终值</translation>
        </message>
        <message>
            <source>EBIT</source>
            <translation>EBIT</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>税费</translation>
        </message>
        <message>
            <source>Net income</source>
            <translation>净利润</translation>
        </message>
        <message>
            <source>Net cash flow</source>
            <translation>净现金流</translation>
        </message>
        <message>
            <source>Cumulative cash flow</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <source>Book value</source>
            <translation>账面价值</translation>
        </message>
        <message>
            <source>Energy (kWh)</source>
            <translation>能耗（千瓦时）</translation>
        </message>
        <message>
            <source>Working GPUs</source>
            <translation>在用 GPU</translation>
        </message>
        <message>
            <source>%1 #%2</source>
            <translation>%1 #%2</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>市场价值</translation>
        </message>
        <message>
            <source>Impairment</source>
            <translation>减值</translation>
        </message>
        <message>
            <source>Deferred tax liability</source>
            <translation>递延所得税负债</translation>
        </message>
        <message>
            <source>Book tax expense</source>
            <translation>账面所得税费用</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::exporting::XlsxExport</name>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>起始</translation>
        </message>
        <message>
            <source>Horizon (months)</source>
            <translation>期限（月）</translation>
        </message>
        <message>
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <source>at %1 % discount rate</source>
            <translation>折现率 %1 %</translation>
        </message>
        <message>
            <source>IRR</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>lowest of %1 roots</source>
            <translation>%1 个根中最小者</translation>
        </message>
        <message>
            <source>not within the horizon</source>
            <translation>不在期限内</translation>
        </message>
        <message>
            <source>Payback month</source>
            <translation>回收月份</translation>
        </message>
        <message>
            <source>Discounted payback month</source>
            <translation>折现回收月份</translation>
        </message>
        <message>
            <source>Average utilization</source>
            <translation>平均利用率</translation>
        </message>
        <message>
            <source>Cost per compute hour</source>
            <translation>每计算小时成本</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Break-even lease factor</source>
            <translation>盈亏平衡租赁系数</translation>
        </message>
        <message>
            <source>n/a (nothing leased)</source>
            <translation>不适用（未出租）</translation>
        </message>
        <message>
            <source>Total capex</source>
            <translation>资本支出合计</translation>
        </message>
        <message>
            <source>Total opex</source>
            <translation>运营支出合计</translation>
        </message>
        <message>
            <source>Total lease revenue</source>
            <translation>租赁收入合计</translation>
        </message>
        <message>
            <source>Total internal value</source>
            <translation>内部价值合计</translation>
        </message>
        <message>
            <source>Total tax</source>
            <translation>税费合计</translation>
        </message>
        <message>
            <source>Total book depreciation</source>
            <translation>账面折旧合计</translation>
        </message>
        <message>
            <source>Total net cash flow</source>
            <translation>净现金流合计</translation>
        </message>
        <message>
            <source>By fiscal year (ends in month %1)</source>
            <translation>按财年（于 %1 月结束）</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>财年</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>资本支出</translation>
        </message>
        <message>
            <source>Lease revenue</source>
            <translation>租赁收入</translation>
        </message>
        <message>
            <source>Internal value</source>
            <translation>内部价值</translation>
        </message>
        <message>
            <source>Opex</source>
            <translation>运营支出</translation>
        </message>
        <message>
            <source>EBITDA</source>
            <translation>EBITDA</translation>
        </message>
        <message>
            <source>Book depreciation</source>
            <translation>账面折旧</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>税费</translation>
        </message>
        <message>
            <source>Net income</source>
            <translation>净利润</translation>
        </message>
        <message>
            <source>Net cash flow</source>
            <translation>净现金流</translation>
        </message>
        <message>
            <source>Cumulative cash flow</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <source>Book value</source>
            <translation>账面价值</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>#</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Tranche</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU 数</translation>
        </message>
        <message>
            <source>Purchase month</source>
            <translation>采购月份</translation>
        </message>
        <message>
            <source>In service</source>
            <translation>投入使用</translation>
        </message>
        <message>
            <source>Disposal month</source>
            <translation>处置月份</translation>
        </message>
        <message>
            <source>Proceeds</source>
            <translation>处置收入</translation>
        </message>
        <message>
            <source>Book gain</source>
            <translation>账面收益</translation>
        </message>
        <message>
            <source>Tax gain</source>
            <translation>税务收益</translation>
        </message>
        <message>
            <source>Terminal value</source>
            <translation>终值</translation>
        </message>
        <message>
            <source>Tax depreciation</source>
            <translation>税务折旧</translation>
        </message>
        <message>
            <source>Book value at end</source>
            <translation>期末账面价值</translation>
        </message>
        <message>
            <source>Tax basis at end</source>
            <translation>期末计税基础</translation>
        </message>
        <message>
            <source>Book value at year end</source>
            <translation>年末账面价值</translation>
        </message>
        <message>
            <source>Tax basis at year end</source>
            <translation>年末计税基础</translation>
        </message>
        <message>
            <source>NPV at x%1</source>
            <translation>×%1 时的净现值</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>因素</translation>
        </message>
        <message>
            <source>Driver id</source>
            <translation>因素标识</translation>
        </message>
        <message>
            <source>Swing</source>
            <translation>波动</translation>
        </message>
        <message>
            <source>Base NPV</source>
            <translation>基准净现值</translation>
        </message>
        <message>
            <source>Swing of each driver</source>
            <translation>各因素的波动</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>部分</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>来源记录</translation>
        </message>
        <message>
            <source>Could not write %1: no temporary directory (%2)</source>
            <translation>无法写入 %1：没有临时目录（%2）</translation>
        </message>
        <message>
            <source>Could not write %1: out of memory</source>
            <translation>无法写入 %1：内存不足</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Total impairment</source>
            <translation>减值合计</translation>
        </message>
        <message>
            <source>First impairment month</source>
            <translation>首次减值月份</translation>
        </message>
        <message>
            <source>Impairment of %1</source>
            <translation>%1 的减值</translation>
        </message>
        <message>
            <source>Could not write %1: the cell styles could not be written</source>
            <translation>无法写入 %1：无法写入单元格样式</translation>
        </message>
        <message>
            <source>%1 #%2</source>
            <translation>%1 #%2</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 与 %2</translation>
        </message>
        <message>
            <source>%1 in month %2 (%3)</source>
            <translation>第 %2 月的%1（%3）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>假设</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::AssumptionText</name>
        <message>
            <source>%1 (%2)</source>
            <comment>label (unit)</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>curve: price in month 0, annual change</comment>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <comment>curve point: price in month</comment>
            <translation>%2 中的 %1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>not set (resale value)</source>
            <translation>未设置（转售价值）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>label: value</comment>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::ComparisonReport</name>
        <message>
            <source>A comparison needs 2 to 4 scenarios.</source>
            <translation>比较需要 2 到 4 个情景。</translation>
        </message>
        <message>
            <source>The report could not be laid out.</source>
            <translation>无法排版报告。</translation>
        </message>
        <message>
            <source>The report could not be drawn on this device.</source>
            <translation>无法在此设备上绘制报告。</translation>
        </message>
        <message>
            <source>The report could not be finished.</source>
            <translation>无法完成报告。</translation>
        </message>
        <message>
            <source>No memory for the report.</source>
            <translation>内存不足，无法生成报告。</translation>
        </message>
        <message>
            <source>Scenario comparison</source>
            <translation>情景比较</translation>
        </message>
        <message>
            <source>FleetROI comparison: %1</source>
            <translation>FleetROI 比较：%1</translation>
        </message>
        <message>
            <source>generated %1</source>
            <translation>生成于 %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>FleetROI scenario comparison</source>
            <translation>FleetROI 情景比较</translation>
        </message>
        <message numerus="yes">
            <source>%n scenario(s) side by side</source>
            <translation>
                <numerusform>%n 个情景并列</numerusform>
            </translation>
        </message>
        <message>
            <source>#</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>修订版</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <source>month %1 (%2)</source>
            <translation>第 %1 个月（%2）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <source>Discount rate</source>
            <translation>折现率</translation>
        </message>
        <message>
            <source>IRR</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <source>Payback</source>
            <translation>回收期</translation>
        </message>
        <message>
            <source>Discounted payback</source>
            <translation>折现回收期</translation>
        </message>
        <message>
            <source>Average utilization</source>
            <translation>平均利用率</translation>
        </message>
        <message>
            <source>Cost per compute hour</source>
            <translation>每计算小时成本</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Break-even lease factor</source>
            <translation>盈亏平衡租赁系数</translation>
        </message>
        <message>
            <source>Total capex</source>
            <translation>资本支出合计</translation>
        </message>
        <message>
            <source>Total opex</source>
            <translation>运营支出合计</translation>
        </message>
        <message>
            <source>Total lease revenue</source>
            <translation>租赁收入合计</translation>
        </message>
        <message>
            <source>Total internal value</source>
            <translation>内部价值合计</translation>
        </message>
        <message>
            <source>Total net cash flow</source>
            <translation>净现金流合计</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <source>NPV and cumulative cash flow</source>
            <translation>净现值与累计现金流</translation>
        </message>
        <message>
            <source>NPV by scenario</source>
            <translation>各情景净现值</translation>
        </message>
        <message>
            <source>Cumulative net cash flow</source>
            <translation>累计净现金流</translation>
        </message>
        <message>
            <source>Main assumptions</source>
            <translation>主要假设</translation>
        </message>
        <message>
            <source>Start and horizon</source>
            <translation>起始与期限</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n month(s)</source>
            <translation>
                <numerusform>%1，%n 个月</numerusform>
            </translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Tax rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <source>GPU types</source>
            <translation>GPU 型号</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>采购</translation>
        </message>
        <message>
            <source>GPUs bought</source>
            <translation>采购的 GPU</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>可用率</translation>
        </message>
        <message>
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <source>Electricity per kWh</source>
            <translation>每千瓦时电价</translation>
        </message>
        <message>
            <source>Staff cost per month</source>
            <translation>每月人员成本</translation>
        </message>
        <message>
            <source>Leasing</source>
            <translation>租赁</translation>
        </message>
        <message numerus="yes">
            <source>%1 sellable, %n-month contracts</source>
            <translation>
                <numerusform>%1 可出租，合同期 %n 个月</numerusform>
            </translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Net cash flow by calendar year (thousands)</source>
            <translation>按日历年的净现金流（千）</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Largest sensitivity drivers (NPV swing)</source>
            <translation>最大敏感性因素（净现值波动）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>NPV bridge from %1 to %2</source>
            <translation>从 %1 到 %2 的净现值桥</translation>
        </message>
        <message>
            <source>Starting from %1, the inputs of %2 are applied one group at a time in this order: fleet and prices, internal demand, leasing, operations, finance, other inputs. Each step is the NPV after it less the NPV before it, so the steps add up to the difference in NPV; a different order would attribute the interactions between groups differently.</source>
            <translation>从 %1 出发，按以下顺序逐组应用 %2 的输入：机群与价格、内部需求、租赁、运营、财务、其他输入。每一步等于该步之后的净现值减去之前的净现值，因此各步之和等于净现值之差；换一种顺序会以不同方式分摊各组之间的交互作用。</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>以及另外 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>NPV bridge</source>
            <translation>净现值桥</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>NPV change</source>
            <translation>净现值变化</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>变更内容</translation>
        </message>
        <message numerus="yes">
            <source>FleetROI comparison of %n scenarios</source>
            <translation>
                <numerusform>FleetROI：%n 个情景的比较</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::ReportBuilder</name>
        <message>
            <source>The report could not be laid out.</source>
            <translation>无法排版报告。</translation>
        </message>
        <message>
            <source>The report could not be drawn on this device.</source>
            <translation>无法在此设备上绘制报告。</translation>
        </message>
        <message>
            <source>The report could not be finished.</source>
            <translation>无法完成报告。</translation>
        </message>
        <message>
            <source>No memory for the report.</source>
            <translation>内存不足，无法生成报告。</translation>
        </message>
        <message>
            <source>FleetROI report: %1</source>
            <translation>FleetROI 报告：%1</translation>
        </message>
        <message>
            <source>%1 | generated %2</source>
            <translation>%1 | 生成于 %2</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>month %1 (%2)</source>
            <translation>第 %1 个月（%2）</translation>
        </message>
        <message>
            <source>FleetROI investment report</source>
            <translation>FleetROI 投资报告</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>修订版</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>报告日期</translation>
        </message>
        <message>
            <source>Start and horizon</source>
            <translation>起始与期限</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n month(s)</source>
            <translation>
                <numerusform>%1，%n 个月</numerusform>
            </translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <source>NPV at %1</source>
            <translation>按 %1 计算的净现值</translation>
        </message>
        <message>
            <source>IRR</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <source>%1 (lowest of %2 roots)</source>
            <translation>%1（%2 个根中最小者）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Payback</source>
            <translation>回收期</translation>
        </message>
        <message>
            <source>not within the horizon</source>
            <translation>不在期限内</translation>
        </message>
        <message>
            <source>Discounted payback</source>
            <translation>折现回收期</translation>
        </message>
        <message>
            <source>Average utilization</source>
            <translation>平均利用率</translation>
        </message>
        <message>
            <source>Cost per compute hour</source>
            <translation>每计算小时成本</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Break-even lease factor</source>
            <translation>盈亏平衡租赁系数</translation>
        </message>
        <message>
            <source>n/a (nothing leased)</source>
            <translation>不适用（未出租）</translation>
        </message>
        <message>
            <source>Total capex</source>
            <translation>资本支出合计</translation>
        </message>
        <message>
            <source>Total opex</source>
            <translation>运营支出合计</translation>
        </message>
        <message>
            <source>Total lease revenue</source>
            <translation>租赁收入合计</translation>
        </message>
        <message>
            <source>Total internal value</source>
            <translation>内部价值合计</translation>
        </message>
        <message>
            <source>Total tax</source>
            <translation>税费合计</translation>
        </message>
        <message>
            <source>Total net cash flow</source>
            <translation>净现金流合计</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>NPV at %1: %2</source>
            <translation>按 %1 计算的净现值：%2</translation>
        </message>
        <message>
            <source>IRR %1</source>
            <translation>内部收益率 %1</translation>
        </message>
        <message>
            <source>payback in month %1 (%2)</source>
            <translation>第 %1 个月回收（%2）</translation>
        </message>
        <message numerus="yes">
            <source>no payback within the %n-month horizon</source>
            <translation>
                <numerusform>%n 个月期限内未能回收</numerusform>
            </translation>
        </message>
        <message>
            <source>leasing brings %1 of revenue</source>
            <translation>租赁带来 %1 收入</translation>
        </message>
        <message>
            <source>average utilization %1</source>
            <translation>平均利用率 %1</translation>
        </message>
        <message numerus="yes">
            <source>capex %1 in %n tranche(s)</source>
            <translation>
                <numerusform>资本支出 %1，分 %n 批</numerusform>
            </translation>
        </message>
        <message>
            <source>the NPV is most sensitive to %1 (%2 to %3 at ±%4)</source>
            <translation>净现值对%1最敏感（±%4 时为 %2 至 %3）</translation>
        </message>
        <message>
            <source>Net cash flow by month and cumulative</source>
            <translation>每月及累计净现金流</translation>
        </message>
        <message>
            <source>Revenue and operating costs by month</source>
            <translation>每月收入与运营成本</translation>
        </message>
        <message>
            <source>Compute capacity, internal use and leasing (H100-equivalent hours)</source>
            <translation>计算容量、内部使用与租赁（H100 当量小时）</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>假设</translation>
        </message>
        <message>
            <source>Tax depreciation</source>
            <translation>税务折旧</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n 个月</numerusform>
            </translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>假设</translation>
        </message>
        <message>
            <source>No purchases.</source>
            <translation>无采购。</translation>
        </message>
        <message>
            <source>#</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Tranche</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>采购时间</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU 数</translation>
        </message>
        <message>
            <source>Capex (%1)</source>
            <translation>资本支出（%1）</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Compute hours</source>
            <translation>计算小时</translation>
        </message>
        <message>
            <source>Cash flow</source>
            <translation>现金流</translation>
        </message>
        <message>
            <source>By fiscal year (thousands of %1; the fiscal year ends in month %2)</source>
            <translation>按财年（千 %1；财年于 %2 月结束）</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>财年</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>资本支出</translation>
        </message>
        <message>
            <source>Lease revenue</source>
            <translation>租赁收入</translation>
        </message>
        <message>
            <source>Internal value</source>
            <translation>内部价值</translation>
        </message>
        <message>
            <source>Opex</source>
            <translation>运营支出</translation>
        </message>
        <message>
            <source>EBITDA</source>
            <translation>EBITDA</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>税费</translation>
        </message>
        <message>
            <source>Net income</source>
            <translation>净利润</translation>
        </message>
        <message>
            <source>Net cash flow</source>
            <translation>净现金流</translation>
        </message>
        <message>
            <source>Cumulative cash flow</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <source>Monthly capacity and use (thousands of compute hours; utilization in %)</source>
            <translation>每月容量与使用（千计算小时；利用率 %）</translation>
        </message>
        <message>
            <source>Monthly revenue and costs (thousands of %1)</source>
            <translation>每月收入与成本（千 %1）</translation>
        </message>
        <message>
            <source>Monthly profit and cash (thousands of %1)</source>
            <translation>每月利润与现金（千 %1）</translation>
        </message>
        <message>
            <source>Energy (MWh)</source>
            <translation>能耗（兆瓦时）</translation>
        </message>
        <message>
            <source> (compute h)</source>
            <translation>（计算小时）</translation>
        </message>
        <message>
            <source>Depreciation by tranche</source>
            <translation>各批次折旧</translation>
        </message>
        <message>
            <source>Book depreciation: %1. Tax depreciation: %2. Amounts in thousands of %3 by fiscal year; values at the end of the fiscal year.</source>
            <translation>账面折旧：%1。税务折旧：%2。金额按财年以千 %3 计；数值为财年末。</translation>
        </message>
        <message>
            <source>per SKU, see the assumptions</source>
            <translation>按 SKU，见假设</translation>
        </message>
        <message>
            <source>as book</source>
            <translation>同账面</translation>
        </message>
        <message>
            <source>MACRS 5-year half-year, %1 bonus</source>
            <translation>MACRS 5 年半年惯例，%1 加速折旧</translation>
        </message>
        <message>
            <source>Net book value and remaining tax basis</source>
            <translation>账面净值与剩余计税基础</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>合计 %1</translation>
        </message>
        <message>
            <source>Book depreciation</source>
            <translation>账面折旧</translation>
        </message>
        <message>
            <source>Book value</source>
            <translation>账面价值</translation>
        </message>
        <message>
            <source>Tax basis</source>
            <translation>计税基础</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>敏感性</translation>
        </message>
        <message>
            <source>Each driver is multiplied by %1 and %2 on its own and the NPV recomputed (base NPV %3). Largest swing first.</source>
            <translation>每个因素分别乘以 %1 和 %2 并重新计算净现值（基准净现值 %3）。按波动从大到小排列。</translation>
        </message>
        <message>
            <source>NPV tornado</source>
            <translation>净现值龙卷风图</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>因素</translation>
        </message>
        <message>
            <source>NPV at x%1</source>
            <translation>×%1 时的净现值</translation>
        </message>
        <message>
            <source>Swing</source>
            <translation>波动</translation>
        </message>
        <message>
            <source>Monte Carlo</source>
            <translation>蒙特卡洛</translation>
        </message>
        <message numerus="yes">
            <source>%n path(s), seed %1. NPV distribution of the uncertainty block's drivers.</source>
            <translation>
                <numerusform>%n 条路径，种子 %1。不确定性因素下的净现值分布。</numerusform>
            </translation>
        </message>
        <message>
            <source>NPV distribution</source>
            <translation>净现值分布</translation>
        </message>
        <message>
            <source>Mean NPV</source>
            <translation>平均净现值</translation>
        </message>
        <message>
            <source>Standard deviation</source>
            <translation>标准差</translation>
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
            <translation>P50（中位数）</translation>
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
            <translation>净现值 &lt; 0 的概率</translation>
        </message>
        <message>
            <source>NPV as entered</source>
            <translation>按输入计算的净现值</translation>
        </message>
        <message>
            <source>Rank correlation with NPV</source>
            <translation>与净现值的秩相关</translation>
        </message>
        <message>
            <source>No Monte Carlo results: the analysis has not been run.</source>
            <translation>无蒙特卡洛结果：尚未运行分析。</translation>
        </message>
        <message>
            <source>No Monte Carlo results: the scenario has no uncertainty block.</source>
            <translation>无蒙特卡洛结果：情景没有不确定性设置。</translation>
        </message>
        <message>
            <source>Appendix: provenance of assumptions</source>
            <translation>附录：假设来源</translation>
        </message>
        <message>
            <source>No provenance recorded for this scenario.</source>
            <translation>此情景未记录来源。</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the clauses of the summary sentence</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>.</source>
            <comment>end of the summary sentence</comment>
            <translation>。</translation>
        </message>
        <message numerus="yes">
            <source>Warning: no installed font can draw %n character(s) of this report (%1); they show as empty boxes. Install a font for them (on Debian: fonts-noto-core, fonts-symbola) and make the report again.</source>
            <translation>
                <numerusform>警告：没有已安装的字体能绘制本报告中的 %n 个字符（%1）；它们显示为空框。请为其安装字体（Debian 上：fonts-noto-core、fonts-symbola）后重新生成报告。</numerusform>
            </translation>
        </message>
        <message>
            <source>[continued under Assumptions]</source>
            <translation>[续见“假设”]</translation>
        </message>
        <message>
            <source>Value of leasing (NPV with less without)</source>
            <translation>租赁价值（租赁与不租赁的净现值之差）</translation>
        </message>
        <message>
            <source>IRR without leasing</source>
            <translation>不租赁时的内部收益率</translation>
        </message>
        <message>
            <source>Lease revenue net of sales cost</source>
            <translation>扣除销售成本后的租赁收入</translation>
        </message>
        <message>
            <source>Break-even lease price. %1</source>
            <translation>盈亏平衡租赁价格。%1</translation>
        </message>
        <message>
            <source>Balance sheet</source>
            <translation>资产负债表</translation>
        </message>
        <message>
            <source>Net book value, market value of the used GPUs and remaining tax basis at the end of each month (MODEL.md version 1.1).</source>
            <translation>每月末的账面净值、二手 GPU 的市场价值和剩余计税基础（MODEL.md 1.1 版）。</translation>
        </message>
        <message>
            <source>Impairment test (US GAAP, ASC 360): at every fiscal-year end each tranche in service whose undiscounted cash flows to its end, plus its end value, fall short of its book value is written down to market value; no reversal.</source>
            <translation>减值测试（美国公认会计准则 ASC 360）：每个财年末，对在役批次中其至结束的未折现现金流加期末价值低于账面价值者，减记至市场价值；不转回。</translation>
        </message>
        <message>
            <source>Total impairment %1, first in %2.</source>
            <translation>减值总额 %1，首次在 %2。</translation>
        </message>
        <message>
            <source>No tranche is impaired.</source>
            <translation>没有批次发生减值。</translation>
        </message>
        <message>
            <source>The impairment test is off (finance.impairment_test): book values are never written down to market value.</source>
            <translation>减值测试已关闭（finance.impairment_test）：账面价值从不减记至市场价值。</translation>
        </message>
        <message>
            <source>Net book value by vintage, market value and tax basis</source>
            <translation>按批次年份的账面净值、市场价值和计税基础</translation>
        </message>
        <message>
            <source>Impairments by tranche (%1)</source>
            <translation>按批次的减值（%1）</translation>
        </message>
        <message>
            <source>No impairment in the horizon.</source>
            <translation>期间内无减值。</translation>
        </message>
        <message>
            <source>No impairment: the test is off.</source>
            <translation>无减值：测试已关闭。</translation>
        </message>
        <message numerus="yes">
            <source>Other %n impaired tranche(s)</source>
            <translation>
                <numerusform>其他 %n 个减值批次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Total, %n tranche(s)</source>
            <translation>
                <numerusform>合计，%n 个批次</numerusform>
            </translation>
        </message>
        <message>
            <source>First impaired</source>
            <translation>首次减值</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>Impairment</source>
            <translation>减值</translation>
        </message>
        <message>
            <source>Book and tax reconciliation by fiscal year (thousands of %1)</source>
            <translation>按财年的账面与税务调节（千 %1）</translation>
        </message>
        <message>
            <source>Book tax expense = current tax + change in the deferred tax liability, in every month but the horizon's last (the terminal valuation). Values at the end of the fiscal year; flows summed over it.</source>
            <translation>账面所得税费用 = 当期税款 + 递延所得税负债变动，除期末最后一个月（终值计量）外每月成立。存量取财年末数值；流量按年汇总。</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>市场价值</translation>
        </message>
        <message>
            <source>Book tax expense</source>
            <translation>账面所得税费用</translation>
        </message>
        <message>
            <source>Current tax</source>
            <translation>当期税款</translation>
        </message>
        <message>
            <source>Change in deferred tax</source>
            <translation>递延所得税变动</translation>
        </message>
        <message>
            <source>Deferred tax liability</source>
            <translation>递延所得税负债</translation>
        </message>
        <message>
            <source>Total impairment when the curves shift (%1)</source>
            <translation>曲线变动时的减值总额（%1）</translation>
        </message>
        <message>
            <source>Every SKU's lease-price curve, then every market-value curve, multiplied by %1 and %2 (start value and every point), all else unchanged. The test is a threshold: the total moves in steps, not smoothly.</source>
            <translation>先将每个 GPU 型号的租赁价格曲线、再将每条市场价值曲线乘以 %1 和 %2（起始值及每个点），其余不变。该测试是阈值判断：总额呈阶梯变化，而非平滑变化。</translation>
        </message>
        <message>
            <source>Curve</source>
            <translation>曲线</translation>
        </message>
        <message>
            <source>Impairment at x%1</source>
            <translation>x%1 时的减值</translation>
        </message>
        <message>
            <source>Impairment as given</source>
            <translation>按输入的减值</translation>
        </message>
        <message>
            <source>Balance-sheet assumptions and their sources</source>
            <translation>资产负债表假设及其来源</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>无记录</translation>
        </message>
        <message>
            <source>%1, listed in the appendix</source>
            <translation>%1，见附录</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>column name - what an empty cell means</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>triangular</source>
            <translation>三角分布</translation>
        </message>
        <message>
            <source>min %1, mode %2, max %3</source>
            <translation>最小 %1，众数 %2，最大 %3</translation>
        </message>
        <message>
            <source>uniform</source>
            <translation>均匀分布</translation>
        </message>
        <message>
            <source>min %1, max %2</source>
            <translation>最小 %1，最大 %2</translation>
        </message>
        <message>
            <source>normal</source>
            <translation>正态分布</translation>
        </message>
        <message>
            <source>mean %1, sd %2</source>
            <translation>均值 %1，标准差 %2</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>分布</translation>
        </message>
        <message>
            <source>Multiplier (1 = as entered)</source>
            <translation>乘数（1 = 按输入值）</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::ReportFormat</name>
        <message>
            <source>n/a</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>T</source>
            <comment>trillion (10^12) after an amount: $1.5 T</comment>
            <translation>万亿</translation>
        </message>
        <message>
            <source>B</source>
            <comment>billion (10^9) after an amount: $1.5 B</comment>
            <translation>十亿</translation>
        </message>
        <message>
            <source>M</source>
            <comment>million (10^6) after an amount: $1.5 M</comment>
            <translation>百万</translation>
        </message>
        <message>
            <source>k</source>
            <comment>thousand (10^3) after an amount: $1.5 k</comment>
            <translation>千</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::ReportLayout</name>
        <message>
            <source>%1 (continued)</source>
            <comment>header of a table's first column on its next page</comment>
            <translation>%1（续）</translation>
        </message>
        <message>
            <source>Table part %1 of %2: the table is too wide for the page, its columns continue in the next part.</source>
            <comment>above each part of a table split by columns</comment>
            <translation>表格第 %1 部分，共 %2 部分：表格对页面过宽，其列在下一部分继续。</translation>
        </message>
        <message>
            <source>Table part %1 of %2.</source>
            <comment>above the last part of a split table</comment>
            <translation>表格第 %1 部分，共 %2 部分。</translation>
        </message>
    </context>
    <context>
        <name>fleetroi::report::ReportPreviewDialog</name>
        <message>
            <source>Export report: %1</source>
            <translation>导出报告：%1</translation>
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
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>纸张：</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>保存报告</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>ROI of AI GPU fleets</source>
            <translation>AI GPU 机群投资回报</translation>
        </message>
        <message>
            <source>Scenario files to import and open</source>
            <translation>要导入并打开的情景文件</translation>
        </message>
        <message>
            <source>Workspace file, or team workspace (postgresql://[user@]host[:port]/db), to open (default: the one chosen in Settings, else workspace.sqlite in the data directory)</source>
            <translation>要打开的工作区文件或团队工作区（postgresql://[user@]host[:port]/db）（默认：设置中选择的工作区，否则为数据目录中的 workspace.sqlite）</translation>
        </message>
    </context>
</TS>
