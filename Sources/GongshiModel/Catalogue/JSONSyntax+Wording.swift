extension JSONMark {
    var en: String {
        switch self {
        case .endOfFile: "the end of the file"
        case .text(let text): "'\(text)'"
        case .curlyQuote(let mark): "a curly quote '\(mark)'"
        case .fullWidthComma(let mark): "a full-width comma '\(mark)'"
        case .fullWidthColon: "a full-width colon '：'"
        case .noBreakSpace: "a no-break space"
        case .fullWidthSpace: "a full-width space"
        }
    }

    var zhHans: String {
        switch self {
        case .endOfFile: "文件结尾"
        case .text(let text): "“\(text)”"
        case .curlyQuote(let mark): "中文引号 “\(mark)”"
        case .fullWidthComma(let mark): "中文逗号 “\(mark)”"
        case .fullWidthColon: "中文冒号 “：”"
        case .noBreakSpace: "一个特殊空格（不换行空格）"
        case .fullWidthSpace: "一个全角空格"
        }
    }

    /// The fix for a look-alike mark; nil for any other.
    var enHint: String? {
        let english = "(type it with the input method in English mode)"
        switch self {
        case .curlyQuote: return "JSON needs the straight double quote \" \(english)"
        case .fullWidthComma: return "JSON needs the ASCII comma , \(english)"
        case .fullWidthColon: return "JSON needs the ASCII colon : \(english)"
        case .noBreakSpace, .fullWidthSpace:
            return "JSON allows only ordinary spaces between values: retype it as a space"
        case .endOfFile, .text: return nil
        }
    }

    var zhHansHint: String? {
        let english = "，请把输入法切换到英文再输入"
        switch self {
        case .curlyQuote: return "JSON 要用英文的直双引号 \"\(english)"
        case .fullWidthComma: return "JSON 要用英文逗号 ,\(english)"
        case .fullWidthColon: return "JSON 要用英文冒号 :\(english)"
        case .noBreakSpace, .fullWidthSpace: return "JSON 里只能用普通空格：删掉它，重新打一个空格"
        case .endOfFile, .text: return nil
        }
    }
}

extension JSONSyntax {
    /// The English wording.
    public var en: Wording {
        func container(_ list: Bool) -> String { list ? "list [" : "object {" }
        switch self {
        case .emptyFile:
            return Wording("the file is empty", hint: "write the records as a list [ {…}, {…} ]; [] holds none")
        case .neverClosed(let list):
            return Wording(
                "the \(container(list)) that starts here is never closed",
                hint: list ? "add ] after its last item" : "add } after its last field")
        case .comment(let style):
            let span =
                switch style {
                case .slashes: "from // to the end of the line"
                case .block: "from /* to */"
                case .hash: "from # to the end of the line"
                }
            return Wording(
                "comments are not allowed in JSON",
                hint: "remove the comment, \(span) (a YAML file may hold # comments)")
        case .textAfterValue(let found):
            return Wording(
                "more text after the end of the JSON value: \(found.en)",
                hint: "a file holds one value: put several records in one list [ {…}, {…} ], or remove what follows")
        case .singleQuotedText:
            return Wording("text in single quotes", hint: "put text in double quotes \" … \"")
        case .plusSign:
            return Wording(
                "a number starts with '+'",
                hint: "remove the +, or put the value in double quotes if it is text (\"+86 …\")")
        case .missingValue(let found):
            return Wording(
                "expected a value, found \(found.en)",
                hint: found.enHint
                    ?? (found == .text(",")
                        ? "remove the extra comma, or write the missing value" : "write the missing value"))
        case .trailingComma(let list):
            return Wording(
                list ? "a comma after the last item of a list" : "a comma after the last field of an object",
                hint: list ? "remove the comma after the last item" : "remove the comma after the last field")
        case .missingComma(let list, let found):
            return Wording(
                list
                    ? "expected ',' or ']' after an item of a list, found \(found.en)"
                    : "expected ',' or '}' after a field's value, found \(found.en)",
                hint: found.enHint
                    ?? (list
                        ? "add a comma between two items, or ] to close the list; or check for a missing quote just before this place"
                        : "add a comma between two fields, or } to close the object; or check for a missing quote just before this place")
            )
        case .missingColon(let field, let found):
            return Wording(
                "expected ':' after the field name '\(field)', found \(found.en)",
                hint: found.enHint ?? "write a colon between a field's name and its value: \"\(field)\": …")
        case .singleQuotedName:
            return Wording("a field name in single quotes", hint: "put field names in double quotes: \"name\"")
        case .unquotedName(let name):
            return Wording("the field name '\(name)' is not in double quotes", hint: "write it as \"\(name)\"")
        case .missingName(let found):
            return Wording(
                "expected a field name in double quotes, found \(found.en)",
                hint: found.enHint ?? "write the field as \"name\": value")
        case .notANumber(let word, let mistake):
            let hint =
                switch mistake {
                case .unknown: "write a number, or null when the value is not known"
                case .noDigitBeforePoint: "write a digit before the point: 0.5, not .5"
                case .noDigitAfterPoint: "write a digit after the point: 1.0, not 1."
                case .malformed: "write a number like 12, 12.5 or 1.5e3, or put text in double quotes"
                }
            return Wording("'\(word)' is not a number in JSON", hint: hint)
        case .leadingZero(let word):
            return Wording(
                "a number starts with 0 followed by digits (\(word))",
                hint:
                    "put codes and phone numbers in double quotes (\"0575\"); write other numbers without leading zeros"
            )
        case .hexNumber(let word):
            return Wording(
                "hexadecimal number '\(word)'",
                hint: "write the number in decimal, or put it in double quotes if it is text")
        case .wrongCase(let word):
            return Wording(
                "'\(word)' is not a JSON value",
                hint: "write \(word.lowercased()) in lowercase, or put text in double quotes")
        case .unquotedText(let word):
            return Wording("text '\(word)' is not in double quotes", hint: "put text in double quotes: \"\(word)\"")
        case .unclosedText:
            return Wording("the text in quotes that starts here is never closed", hint: "add the closing \"")
        case .lineBreakInText:
            return Wording(
                "a line break inside text in quotes",
                hint: "close the text with \" before the line ends; inside text write a line break as \\n")
        case .tabInText:
            return Wording("a tab inside text in quotes", hint: "write a tab as \\t, or use spaces")
        case .controlInText(let code):
            return Wording(
                "a control character (\(code)) inside text in quotes",
                hint: "remove it; such characters come from copying out of other programs")
        case .badEscape(let escape):
            return Wording(
                "'\(escape)' is not an escape in JSON",
                hint:
                    "write a backslash as \\\\; JSON's escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hex digits"
            )
        case .badUnicodeEscape(let escape):
            return Wording(
                "'\(escape)' is not an escape in JSON",
                hint: "\\u is followed by four hex digits 0–9 and A–F, like \\u7532")
        case .halfSurrogate(let escape):
            return Wording(
                "'\(escape)' is half of a surrogate pair",
                hint: "follow a \\uD800–\\uDBFF escape with a \\uDC00–\\uDFFF one, or write the character itself")
        }
    }

    /// The Chinese wording.
    public var zhHans: Wording {
        func container(_ list: Bool) -> String { list ? "列表 [" : "对象 {" }
        switch self {
        case .emptyFile:
            return Wording("文件是空的", hint: "把记录写成一个列表 [ {…}, {…} ]；没有记录就写 []")
        case .neverClosed(let list):
            return Wording(
                "从这里开始的\(container(list))没有结束",
                hint: list ? "在最后一项后面加上 ]" : "在最后一个字段后面加上 }")
        case .comment(let style):
            let span =
                switch style {
                case .slashes: "从 // 到行尾"
                case .block: "从 /* 到 */"
                case .hash: "从 # 到行尾"
                }
            return Wording("JSON 里不能写注释", hint: "删掉注释（\(span)）；要写注释可以改用 YAML 文件，用 # 开头")
        case .textAfterValue(let found):
            return Wording(
                "JSON 内容已经结束，后面还有 \(found.zhHans)",
                hint: "一个文件只能有一个值：把几条记录放进一个列表 [ {…}, {…} ]，或者删掉后面多出来的内容")
        case .singleQuotedText:
            return Wording("文字用了单引号", hint: "JSON 的文字要用英文双引号 \" … \" 括起来")
        case .plusSign:
            return Wording("数字前面有加号 “+”", hint: "删掉 +；如果它是文字（如 \"+86 …\"），就用双引号括起来")
        case .missingValue(let found):
            return Wording(
                "这里应该有一个值，却是 \(found.zhHans)",
                hint: found.zhHansHint ?? (found == .text(",") ? "删掉多余的逗号，或者补上漏写的值" : "补上漏写的值"))
        case .trailingComma(let list):
            return Wording(
                list ? "列表最后一项后面多了一个逗号" : "对象最后一个字段后面多了一个逗号",
                hint: list ? "删掉最后一项后面的逗号" : "删掉最后一个字段后面的逗号")
        case .missingComma(let list, let found):
            return Wording(
                list ? "列表的一项后面应该是 “,” 或 “]”，却是 \(found.zhHans)" : "字段的值后面应该是 “,” 或 “}”，却是 \(found.zhHans)",
                hint: found.zhHansHint
                    ?? (list
                        ? "两项之间加逗号，或者用 ] 结束列表；也可能是前面少了一个引号"
                        : "两个字段之间加逗号，或者用 } 结束对象；也可能是前面少了一个引号"))
        case .missingColon(let field, let found):
            return Wording(
                "字段名 “\(field)” 后面应该是冒号 “:”，却是 \(found.zhHans)",
                hint: found.zhHansHint ?? "字段名和值之间加英文冒号：\"\(field)\": …")
        case .singleQuotedName:
            return Wording("字段名用了单引号", hint: "字段名要用英文双引号括起来：\"name\"")
        case .unquotedName(let name):
            return Wording("字段名 “\(name)” 没有用双引号括起来", hint: "写成 \"\(name)\"")
        case .missingName(let found):
            return Wording(
                "这里应该是用双引号括起来的字段名，却是 \(found.zhHans)",
                hint: found.zhHansHint ?? "字段写成 \"名字\": 值")
        case .notANumber(let word, let mistake):
            let hint =
                switch mistake {
                case .unknown: "写一个数字；不知道的值写 null"
                case .noDigitBeforePoint: "小数点前要有数字：写 0.5，不要写 .5"
                case .noDigitAfterPoint: "小数点后要有数字：写 1.0，不要写 1."
                case .malformed: "写成 12、12.5 或 1.5e3 这样的数字；如果是文字，就用双引号括起来"
                }
            return Wording("“\(word)” 不是 JSON 的数字", hint: hint)
        case .leadingZero(let word):
            return Wording(
                "数字以 0 开头，后面还有数字（\(word)）",
                hint: "编号、区号、电话这类要用双引号括起来（\"0575\"）；其他数字不要在前面加 0")
        case .hexNumber(let word):
            return Wording("“\(word)” 是十六进制数", hint: "改写成十进制数；如果是文字，就用双引号括起来")
        case .wrongCase(let word):
            return Wording("“\(word)” 不是 JSON 的值", hint: "写成小写的 \(word.lowercased())；如果是文字，就用双引号括起来")
        case .unquotedText(let word):
            return Wording("文字 “\(word)” 没有用双引号括起来", hint: "写成 \"\(word)\"")
        case .unclosedText:
            return Wording("从这里开始的引号没有结束", hint: "补上结尾的英文双引号 \"")
        case .lineBreakInText:
            return Wording("引号里的文字中间换行了", hint: "在行尾之前用 \" 结束文字；文字里要换行就写 \\n")
        case .tabInText:
            return Wording("引号里的文字中间有制表符（Tab）", hint: "改写成 \\t，或者换成空格")
        case .controlInText(let code):
            return Wording("引号里的文字中间有一个控制字符（\(code)）", hint: "删掉它；这种字符通常是从别的程序复制过来的")
        case .badEscape(let escape):
            return Wording(
                "“\(escape)” 不是 JSON 的转义写法",
                hint: "反斜杠本身要写成 \\\\；JSON 的转义只有 \\\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\u 加四位十六进制数")
        case .badUnicodeEscape(let escape):
            return Wording("“\(escape)” 不是 JSON 的转义写法", hint: "\\u 后面要跟四位十六进制数（0–9、A–F），如 \\u7532")
        case .halfSurrogate(let escape):
            return Wording(
                "“\(escape)” 只是一个代理对的一半", hint: "在 \\uD800–\\uDBFF 后面接一个 \\uDC00–\\uDFFF，或者直接写出这个字符")
        }
    }
}
