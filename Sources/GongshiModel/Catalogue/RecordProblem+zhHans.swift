extension RecordProblem {
    /// 中文措辞。
    public var zhHans: Wording {
        func q(_ s: String) -> String { Say.zh(s) }
        func record(_ noun: RecordNoun, _ id: String?) -> String {
            id.map { "\(noun.zhHans) \(q($0))" } ?? "这条\(noun.zhHans)"
        }
        switch self {
        case .notFields(let noun, let found):
            return Wording(
                "\(noun.zhHans)应是一组“字段: 值”，这里写成了\(found.zhHans)",
                hint: "每个字段写一行，如 name: 甲村爱心食堂")
        case .misspeltRequired(let field, let required):
            return Wording(
                "没有 \(q(field)) 这个字段，而必填的 \(q(required)) 没有写", hint: "您是不是想写 \(q(required))？")
        case .unknownField(let noun, let field, let suggestion, let nested, let fields):
            let hint =
                suggestion.map { "您是不是想写 \(q($0))？" }
                ?? (nested.isEmpty
                    ? "这一行不会被读取；\(noun.zhHans)的字段有：\(fields.joined(separator: "、"))"
                    : "您是不是想写 " + nested.map(q).joined(separator: " 或 ") + "？它要写在所属的那一组里面")
            return Wording("\(noun.zhHans)没有 \(q(field)) 这个字段", hint: hint)
        case .emptyRequired(let noun, let id, let field):
            return Wording("\(record(noun, id))的 \(q(field)) 是空的", hint: "这是必填字段，请填上")
        case .missingRequired(let noun, let id, let field):
            return Wording("\(record(noun, id))缺少必填字段 \(q(field))", hint: "加一行 \(field): …")
        case .operatingWithoutOpened:
            return Wording(
                "状态是运营中（operating）的服务点要写 “opened”，即开始服务的日期",
                hint: "加一行 opened: 年-月-日；或者改成实际的状态，如在建 construction")
        case .elderPriceAbovePrice(let elderPrice, let price):
            return Wording(
                "老人价 “elder_price”（\(elderPrice)）比原价 “price”（\(price)）还高", hint: "老人价一般较低，请核对两个价格")
        case .enrolledAboveCapacity(let enrolled, let capacity):
            return Wording(
                "已报名 “enrolled”（\(enrolled)）超过了名额 “capacity”（\(capacity)）", hint: "请核对这两个数；网页上会显示没有空位")
        case .noSessions:
            return Wording(
                "“sessions” 里没有写每周的上课时间", hint: "加一节，如 {weekday: tue, start: \"09:00\", end: \"10:30\"}")
        case .notASessionLine(let value):
            return Wording("\(q(value)) 不是每周的上课时间", hint: "写成：tue 09:00-10:30")
        case .notAnHoursLine(let value):
            return Wording("\(q(value)) 不是开放时间", hint: "写成：mon-fri 10:30-12:30 午餐")
        case .regionInside(let kind, let parentKind, let parent):
            return Wording(
                "\(kind) 不能放在 \(parentKind)（\(q(parent))）下面",
                hint: "层级是：市 city → 县 county → 镇 town / 街道 subdistrict → 村 village / 社区 community")
        case .duplicateId(let noun, let id, let first):
            return Wording(
                "\(noun.zhHans)编号 \(q(id)) 用了两次", hint: "第一次在 \(first)；每条\(noun.zhHans)的编号要不同")
        case .unknownReference(let noun, let kind, let id, let suggestion):
            return Wording(
                "找不到\(noun.zhHans) \(q(id))",
                hint: suggestion.map { "您是不是想写 \(q($0))？" } ?? "没有哪个\(kind.zhHans)的编号是这个")
        case .photoNotInMedia(let photo, let suggestion):
            return Wording(
                "照片 \(q(photo)) 不在 content/media/ 里",
                hint: suggestion.map { "您是不是想写 \(q($0))？" } ?? "把图片放进 content/media/，这里写它在那里面的路径")
        case .outsideTerm(let field, let date, let term, let dates):
            return Wording(
                "\(q(field)) 的 \(date) 不在学期 \(q(term))（\(dates)）之内", hint: "课程只在学期的日期内显示")
        case .sameAddress(let path, let first):
            return Wording("这个页面的网址 /\(path)/ 和另一个页面相同", hint: "另一个是 \(first)；把其中一个改名")
        case .opensAfterToday(let id, let opened):
            return Wording(
                "服务点 \(q(id)) 的状态是运营中，可 \(opened) 才开始服务",
                hint: "开始服务前状态写在建 construction，或者改正 “opened”")
        case .updatedAfterToday(let noun, let id, let updated, let today):
            return Wording(
                "\(noun.zhHans) \(q(id)) 的更新日期 “updated” 是 \(updated)，晚于今天（\(today)）",
                hint: "写最近一次核对这条记录的日期")
        case .noProvince:
            return Wording(
                "site.yaml 没有写省份 “province”，开放数据 /data/hsds/ 里暂不发布地址", hint: "写上所在的省，如 province: 浙江省")
        case .noPostalCode(let kind, let id, let name, let points):
            return Wording(
                "\(kind) \(q(id))（\(name)）和它的上级都没有邮编 “postal_code”，它的 \(points) 个服务点的地址不会发布到 /data/hsds/",
                hint: "在这里或上级的市写 postal_code: 六位邮政编码；下级区划会沿用")
        case .noSiteFile:
            return Wording(
                "缺少 content/site.yaml", hint: "每个网站都要有 site.yaml，写明 title、base_url、region 和 publisher")
        case .noRegionsFile:
            return Wording(
                "缺少 content/regions.yaml", hint: "在里面列出市、镇和村（也可以用 regions.xlsx 或 regions.csv，每行一个区域，parent 列写上级的 id）")
        case .regionParentLoop(let chain):
            return Wording(
                "上级区域绕了一圈回到自己：\(chain.joined(separator: " → "))", hint: "parent 列写真正的上级区域；市一级的 parent 留空")
        case .pageFileName(let name):
            return Wording(
                "文件名 \(q(name)) 不能用在网址里", hint: "改名，只用小写字母 a–z、数字和减号 -：页面的网址来自文件名")
        case .bulletinFileName(let name):
            return Wording("\(q(name)) 没有按周命名", hint: "编者按的文件名按周写，如 2026-W48.md")
        }
    }
}
