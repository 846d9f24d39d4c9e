/// The `说明` sheet: how to fill the workbook and put it back, in Chinese for the clerks who
/// keep the records (the reader skips the sheet by its name).
enum WorkbookGuide {
    static func lines(tables: [SheetTable]) -> [GuideLine] {
        [
            GuideLine("公示网站数据表：填写说明", .title),
            GuideLine("这个文件由 gongshi sheet 从网站的 content/ 生成。改好后放回 content/，运行 gongshi check 检查。"),
            GuideLine("本文件里的表", .heading),
        ]
            + tables.map { GuideLine("\($0.name)：\($0.rows.count) 条记录") }
            + [
                GuideLine("怎样填写", .heading),
                GuideLine("1. 每个表的第一行是字段名（英文），不要改、不要删、不要合并；鼠标停在字段名上，可以看到这一列的中文说明。"),
                GuideLine("2. 从第二行起，一行是一条记录。新增记录就在最后接着写一行；删除记录就删掉整行。空行会被跳过。"),
                GuideLine("3. 带下拉箭头的格子（类型、状态、运营方式、是/否、区域和运营方编号等）请从列表里选，写的就是网站上显示的中文。"),
                GuideLine("4. 电话、编号、邮政编码、时间、开放时间这些列是“文本”格式：开头的 0 不会丢，也不会变成 1.38E+10，请直接输入。"),
                GuideLine("5. 日期列是日期格式，输入 2026-11-23 即可；活动的开始、结束写成 2026-11-28 09:00。"),
                GuideLine("6. 一个格子里写几个值，用分号 ; 隔开，如 助餐;送餐。开放时间写成 周一至周五 10:30-12:30 午餐，几段之间也用分号。"),
                GuideLine("7. 格子空着，就是没有这一项。编号一经发布不要再改：网页地址就是用编号做的。"),
                GuideLine("放回网站", .heading),
                GuideLine("只有服务点（或课程、活动）的文件，放进 content/points/（或 courses/、activities/）；含全部数据的文件放在 content/ 下。"),
                GuideLine("放在 content/ 下的文件，程序按表名（服务点、服务点·某镇、课程、活动、区域、运营方）认每个表装的是什么，请不要改表名。"),
                GuideLine("放回后，要删掉这些记录原来所在的文件（如 content/points/ 里的 .yaml、.csv），否则同一条记录写了两遍，检查会报错。"),
                GuideLine("然后运行 gongshi check：问题会指到格子，如 content/points/数据.xlsx:服务点·枫桥镇!C14。"),
                GuideLine("隐藏的 #选项 表存放下拉列表的内容，不用改；以 # 开头的表和本表都不会被读进网站。"),
            ]
    }
}
