extension ValueProblem {
    /// 中文措辞：字段名和所写的值原样照录，说明应该怎么写（附例子），再说怎么改。
    public var zhHans: Wording {
        func q(_ s: String) -> String { Say.zh(s) }
        switch self {
        case .notText(let field, let found):
            return Wording("\(q(field)) 应是一段文字，这里写成了\(found.zhHans)")
        case .empty(let field):
            return Wording("\(q(field)) 是空的", hint: "在 \(field): 后面填上内容，或者删掉这一行")
        case .notAnId(let field, let value):
            return Wording(
                "\(q(value)) 不能用作 \(field)",
                hint: "只用小写字母 a–z、数字和减号 -，以字母或数字开头，最长 64 个字符")
        case .notADate(let field, let value):
            return Wording("\(q(field)) 应是日期，写成 2026-09-07 这样；这里写的是 \(q(value))")
        case .noSuchDate(let field, let value):
            return Wording("\(q(field)) 的 \(value) 在日历上没有这一天", hint: "检查月份和日子")
        case .notATime(let field, let value):
            return Wording(
                "\(q(field)) 应是时刻，写成 \"10:30\" 这样；这里写的是 \(q(value))",
                hint: "时刻加英文双引号：\"10:30\"")
        case .noSuchTime(let field, let value):
            return Wording("\(q(field)) 的 \(value) 不是一天里的时刻（00:00 到 23:59）")
        case .notADateTime(let field, let value, let offset):
            return Wording(
                "\(q(field)) 应是日期加时刻，写成 \"2026-11-28 09:00\" 这样；这里写的是 \(q(value))",
                hint: "时间按网站所在时区（\(offset)）填写，不要写时区")
        case .negative(let field, let value):
            return Wording("\(q(field)) 不能是负数（\(value)）")
        case .notAWholeNumber(let field, let value):
            return Wording("\(q(field)) 应是整数，如 30；这里写的是 \(q(value))")
        case .notANumber(let field, let value):
            return Wording("\(q(field)) 应是数字，如 29.71；这里写的是 \(q(value))")
        case .notAShare(let field, let value):
            return Wording("\(q(field)) 应是 0 到 1 之间的比例（40% 写 0.4）；这里写的是 \(value)")
        case .latitudeOutOfRange(let field, let value):
            return Wording(
                "纬度 \(q(field)) 的 \(value) 超出范围（-90 到 90）",
                hint: "是不是把 lat 和 lon 写反了？在中国，纬度是较小的那个数，在 18 到 54 之间")
        case .longitudeOutOfRange(let field, let value):
            return Wording("经度 \(q(field)) 的 \(value) 超出范围（-180 到 180）")
        case .notAnAmount(let field, let value):
            return Wording("\(q(field)) 应是以元为单位的金额，如 10 或 12.5；这里写的是 \(q(value))")
        case .notTrueOrFalse(let field, let value):
            return Wording("\(q(field)) 应写 true（是）或 false（否）；这里写的是 \(q(value))")
        case .notAWebAddress(let field, let value):
            return Wording("\(q(field)) 应是以 https:// 开头的网址；这里写的是 \(q(value))")
        case .notAPhoneNumber(let field, let value):
            return Wording(
                "\(q(field)) 的 \(q(value)) 不是电话号码",
                hint: "固定电话带区号，如 0575-87012345；手机如 13800000000；服务热线如 12345")
        case .notAPostalCode(let field, let value):
            return Wording(
                "\(q(field)) 应是六位数字的邮政编码；这里写的是 \(q(value))",
                hint: "写成 311800 这样；没有自己邮编的村用所在镇或市的")
        case .unknownTimeZone(let field, let value, let suggestion):
            return Wording(
                "\(q(field)) 应是时区名称（如 Asia/Shanghai）或时差（如 +08:00）；这里写的是 \(q(value))",
                hint: suggestion.map { "您是不是想写 \(q($0))？" })
        case .daylightSavingTimeZone(let field, let value):
            return Wording(
                "\(q(field)) 的时区 \(q(value)) 有夏令时，网站的日期无法跟着调整",
                hint: "改用没有夏令时的时区，如 Asia/Shanghai，或写时差 +08:00")
        case .notAWeekday(let field, let value, let suggestion):
            return Wording(
                "\(q(field)) 的 \(q(value)) 不是星期几",
                hint: suggestion.map { "您是不是想写 \(q($0))？" } ?? "用 mon、tue、wed、thu、fri、sat、sun")
        case .notDays(let field, let found):
            return Wording("\(q(field)) 应写星期几，如 mon-fri 或 [mon, wed]，这里写成了\(found.zhHans)")
        case .notDaysItem(let field, let value):
            return Wording(
                "\(q(field)) 的 \(q(value)) 不是星期几，也不是几天的范围", hint: "写成 mon-fri、sat 或列表 [mon, wed]")
        case .notADateOrRange(let field, let value):
            return Wording("\(q(field)) 的 \(q(value)) 不是日期，也不是 2026-10-01..2026-10-07 这样的日期范围")
        case .reversedRange(let startField, let start, let endField, let end, let strict):
            let later = strict ? "应晚于" : "不能早于"
            let place =
                startField == endField
                ? "\(q(startField)) 的结束 \(end) \(later)开始 \(start)"
                : "\(q(endField))（\(end)）\(later) \(q(startField))（\(start)）"
            return Wording(place, hint: "可能把两个写反了，或者其中一个写错了")
        case .unknownWord(let field, let value, let suggestion, let words):
            return Wording(
                "\(field) 不能写 \(q(value))",
                hint: (suggestion.map { "您是不是想写 \(q($0))？" } ?? "") + "可以写：" + words.joined(separator: "、"))
        case .derivedStatus(let field, let value):
            return Wording(
                "\(field) \(q(value)) 由程序自动算出，不用填写", hint: "除非活动取消（cancelled），否则删掉 \(field) 这一行")
        case .excelSerialDate(let field, let value, let date):
            return Wording(
                "\(q(field)) 的 \(value) 是数字，不是日期；按 Excel 日期序号算是 \(date)",
                hint: "表格把日期存成了数字：先把这一列设为“文本”格式再填日期，或者把 \(value) 改写成 \(date)")
        case .chineseTime(let field, let value, let suggestion):
            return Wording(
                "\(q(field)) 应是时刻，写成 \"10:30\" 这样；这里写的是 \(q(value))", hint: "改写成 \(q(suggestion))")
        case .phoneLostLeadingZero(let field, let value, let restored):
            return Wording(
                "\(q(field)) 的 \(q(value)) 像是丢了开头 0 的固定电话（\(restored)）",
                hint: "表格把号码当成数字，去掉了开头的 0：把这一列设为“文本”格式，写成 \(q(restored))")
        case .readAs(let field, let value, let read):
            return Wording(
                "\(q(field)) 的 \(q(value)) 按 \(q(read)) 读取", hint: "请确认这是您的意思，并改用普通的数字和字母写成 \(read)")
        case .phoneInScientificNotation(let field, let value):
            return Wording(
                "\(q(field)) 的 \(q(value)) 是被表格显示成科学计数法的电话号码，后几位已经丢失",
                hint: "把这一列设为“文本”格式，重新完整输入号码，如 0575-87012345")
        }
    }
}
