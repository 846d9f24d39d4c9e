extension FileProblem {
    /// 中文措辞。
    public var zhHans: Wording {
        func q(_ s: String) -> String { Say.zh(s) }
        switch self {
        case .linkOutsideSite:
            return Wording(
                "这是一个指向网站文件夹以外（或指向文件夹）的链接，不会发布", hint: "把文件本身复制到 content/ 里，不要用链接")
        case .notRead:
            return Wording(
                "这个文件不会被读取",
                hint: "记录放在 points/、courses/ 或 activities/ 里，存成 .yaml、.json、.csv 或 .xlsx；页面存成 .md")
        case .tooLarge(let megabytes, let limit):
            return Wording("这个文件有 \(megabytes) MB，内容文件最大 \(limit) MB", hint: "拆成几个文件（比如每个镇或每个月一个）")
        case .unreadable:
            return Wording("这个文件打不开", hint: "请技术人员检查文件的读取权限")
        case .looksLikeGBK:
            return Wording(
                "这个文件不是 UTF-8 编码（看起来是 GBK/GB18030）", hint: "用 UTF-8 编码另存：在编辑器的“另存为”里选 UTF-8")
        case .notText(let csv):
            return Wording(
                csv ? "这个文件不是 UTF-8 或 GB18030 编码的文字" : "这个文件不是 UTF-8 编码的文字",
                hint: csv ? "它可能是表格（.xlsx）或图片；在表格软件里另存为 CSV" : "它可能是表格（.xlsx）或图片；存成 UTF-8 文字")
        case .stoppedReading(let after):
            return Wording(
                "这个文件已有 \(after) 个问题，从这里起不再往下读", hint: "先改上面的问题，再检查一次；文件后面的部分还没有检查")
        case .yamlSyntax(let detail, let cause):
            return Wording("YAML 写法有误，读到这里读不下去了（\(detail)）", hint: cause?.zhHans ?? "和上一行对照检查")
        case .yamlUnreadable(let detail):
            return Wording("这个文件无法按 YAML 读取（\(detail)）", hint: "对照前后几行的写法检查；解决不了请找技术人员")
        case .duplicateField(let fields):
            return Wording("同一条记录里，字段 \(fields.map(q).joined(separator: "、")) 写了两次", hint: "删掉其中一个")
        case .textUnreadable(let detail):
            return Wording("这个文件里有无法识别的字符（\(detail)）", hint: "用 UTF-8 编码重新保存")
        case .tooManyAliases(let limit):
            return Wording(
                "这个文件用 &名字 和 *名字 层层引用，展开后超过 \(limit) 个值", hint: "把内容直接写出来，不要层层引用")
        case .nestedTooDeep(let limit):
            return Wording(
                "这里的内容一层套一层，超过了 \(limit) 层", hint: "一条记录只需要几层：检查 [ { 括号是否成对，或缩进是否越来越深")
        case .frontMatterNeverClosed:
            return Wording("从这里开始的设置部分没有结束", hint: "在设置部分后面加一行，只写 ---")
        case .controlCharacter(let code):
            return Wording(
                "这段文字里有看不见的控制字符（U+\(code)），网页无法显示", hint: "把这段文字重新输入一遍；这种字符多半是从别的程序复制来的")
        case .tooManyColumns(let limit):
            return Wording("列名那一行超过 \(limit) 个名字；CSV 文件最多 \(limit) 列", hint: "第一行写字段名；删掉不是字段的列")
        case .extraCell(let names):
            return Wording("这一行的格子比列名（\(names) 个）多", hint: "给这一列加上列名，或把这个值移到它该在的列")
        case .unnamedColumn(let column):
            return Wording("第 \(column) 列在第一行没有列名", hint: "在第一行写上字段名")
        case .duplicateColumn(let name):
            return Wording("列名 \(q(name)) 在第一行出现了两次", hint: "只保留其中一列")
        case .columnTooDeep(let name, let levels, let limit):
            return Wording("列名 \(q(name)) 有 \(levels) 层，最多 \(limit) 层", hint: "列名里每个点 . 表示一层")
        case .quoteNeverClosed:
            return Wording("这个带引号的格子没有结尾的引号", hint: "补上结尾的 \"；否则后面的内容都被当成这一个格子")
        case .textAfterQuote:
            return Wording("格子结尾的引号后面还有文字", hint: "带引号的格子里，引号本身要写成两个 \"\"")
        case .jsonSyntax(let syntax):
            let wording = syntax.zhHans
            return Wording("JSON 写法有误：" + wording.message, hint: wording.hint)
        case .jsonDuplicateField(let field, let firstLine, let firstColumn, let sameLine):
            return Wording(
                "同一条记录里，字段 \(q(field)) 写了两次",
                hint: sameLine
                    ? "第一次在本行前面第 \(firstColumn) 个字符处；删掉其中一个"
                    : "第一次在第 \(firstLine) 行第 \(firstColumn) 个字符处；删掉其中一个")
        case .workbookUnreadable(let detail):
            return Wording("这个表格文件（.xlsx）打不开（\(detail)）", hint: "文件可能已损坏：在表格软件里打开，再另存为 .xlsx")
        case .workbookTooLarge(let limit):
            return Wording(
                "这个表格文件解压后超过 \(limit) MB，没有读取", hint: "拆成几个文件（比如每个镇一个）；表格本身不大的话，文件可能被做了手脚")
        case .workbookTooManyParts(let limit):
            return Wording("这个表格文件里的部件超过 \(limit) 个，没有读取", hint: "删掉用不着的图片和工作表再保存，或拆成几个文件")
        case .workbookEncrypted:
            return Wording("这个表格文件设了打开密码（已加密），无法读取", hint: "在表格软件里取消密码，再另存为 .xlsx")
        case .oldSpreadsheet(let ext):
            return Wording("这是旧格式的表格文件（.\(ext)），不能直接读取", hint: "在表格软件里用“另存为”存成 .xlsx 工作簿")
        case .mergedHeader(let range):
            return Wording("表头的格子 \(range) 合并成了一格，每一列要有自己的列名", hint: "取消合并，在每一列的第一行各写一个列名")
        case .cellError(let value):
            return Wording("这个格子的公式算出了错误值 \(value)", hint: "改正公式，或者直接填写数值")
        case .sheetKindUnknown(let sheet):
            return Wording(
                "工作表 \(q(sheet)) 的名字没有说明里面是哪种记录，这张表不会被读取",
                hint: "直接放在 content/ 里的工作簿，表名以 服务点、课程、活动、区域 或 运营方 开头（如 服务点·枫桥镇）；只作说明的表叫 说明 或以 # 开头")
        }
    }
}
