extension PrivacyProblem {
    public var en: Wording {
        switch self {
        case .residentID(let masked):
            Wording(
                "this looks like a resident ID number (\(masked)); personal data must not be published",
                hint: "remove it; if it really must be public, list it under privacy.allow in site.yaml")
        case .mobileNumber(let masked):
            Wording(
                "this looks like a personal mobile number (\(masked))",
                hint: "publish a service's number in its phone field, or list it under privacy.allow in site.yaml")
        case .bankCard(let masked):
            Wording(
                "this looks like a bank card number (\(masked))",
                hint: "a person's card number must not be published; list it under privacy.allow if it is public")
        }
    }

    public var zhHans: Wording {
        switch self {
        case .residentID(let masked):
            Wording(
                "这里像是身份证号（\(masked)），个人信息不能公开",
                hint: "删掉它；确实必须公开的，写进 site.yaml 的 privacy.allow")
        case .mobileNumber(let masked):
            Wording(
                "这里像是个人手机号（\(masked)）", hint: "服务点的电话写在它的 phone 字段里；确实要公开的，写进 site.yaml 的 privacy.allow")
        case .bankCard(let masked):
            Wording("这里像是银行卡号（\(masked)）", hint: "个人的卡号不能公开；确实是公开账号的，写进 privacy.allow")
        }
    }
}

extension ThemeProblem {
    public var en: Wording {
        switch self {
        case .stringsMissing:
            return Wording(
                "the UI strings are missing or not groups of 'key: text'",
                hint: "each group holds lines like home: 首页")
        case .includesItself(let template, let loop):
            return Wording(
                "the template '\(template)' includes itself"
                    + (loop.count > 2 ? " (\(loop.joined(separator: " → ")))" : ""),
                hint: "a partial or layout may not include itself, directly or through others")
        case .sectionsTooDeep(let limit):
            return Wording(
                "template sections here are nested more than \(limit) levels deep",
                hint: "look for {{#name}} sections that are never closed with {{/name}}")
        case .sectionNeverClosed(let tag, let name):
            return Wording(
                "the template section \(tag) opened here is never closed", hint: "close it with {{/\(name)}}")
        case .syntax(let syntax):
            return Wording("the template cannot be read here: \(syntax.en)")
        case .noLayout(let name):
            return Wording("the theme has no layout '\(name)'", hint: "add templates/layouts/\(name).html")
        case .noBulletinTemplate:
            return Wording("the theme has no Markdown template 'bulletin.md'", hint: "add templates/bulletin.md")
        case .unknownLayout(let name, let suggestion):
            return Wording(
                "unknown layout '\(name)'",
                hint: suggestion.map { "did you mean '\($0)'?" }
                    ?? "the layouts are the files in templates/layouts/: add \(name).html there or leave layout out")
        case .unknownKey(let name, let layout, let suggestion):
            return Wording(
                "nothing on a '\(layout)' page is called {{\(name)}}, so it prints nothing",
                hint: suggestion.map { "did you mean {{\($0)}}?" } ?? "see docs/templates.md for what each page has")
        case .outerKey(let name, let inner):
            return Wording(
                "{{#\(name)}} inside {{#\(inner)}} reads the page's \(name), not the \(inner)'s",
                hint: "the \(inner) has no \(name); name the outer value on purpose outside the section")
        case .unknownString(let name, let suggestion):
            return Wording(
                "{{\(name)}} names no UI string, so it prints nothing",
                hint: suggestion.map { "did you mean {{\($0)}}?" } ?? "add it to templates/i18n/")
        case .sameTemplateName(let name, let other):
            return Wording(
                "this template has the name '\(name)' of \(other), so one would silently stand for the other",
                hint: "rename one of them (and the {{>\(name)}} or layout: \(name) that means it)")
        }
    }

    public var zhHans: Wording {
        switch self {
        case .stringsMissing:
            return Wording("界面文字缺失，或者不是“键: 文字”的分组", hint: "每组里写成 home: 首页 这样的行")
        case .includesItself(let template, let loop):
            return Wording(
                "模板 “\(template)” 引用了它自己" + (loop.count > 2 ? "（\(loop.joined(separator: " → "))）" : ""),
                hint: "模板不能直接或间接地引用自己")
        case .sectionsTooDeep(let limit):
            return Wording("这里的模板段落套了超过 \(limit) 层", hint: "检查有没有 {{#名字}} 段落没用 {{/名字}} 结束")
        case .sectionNeverClosed(let tag, let name):
            return Wording("从这里开始的模板段落 \(tag) 没有结束", hint: "用 {{/\(name)}} 结束它")
        case .syntax(let syntax):
            return Wording("模板写法有误：\(syntax.zhHans)")
        case .noLayout(let name):
            return Wording("主题里没有页面模板 “\(name)”", hint: "添加 templates/layouts/\(name).html")
        case .noBulletinTemplate:
            return Wording("主题里没有简报模板 “bulletin.md”", hint: "添加 templates/bulletin.md")
        case .unknownLayout(let name, let suggestion):
            return Wording(
                "没有叫 “\(name)” 的版式（layout）",
                hint: suggestion.map { "您是不是想写 “\($0)”？" }
                    ?? "版式就是 templates/layouts/ 里的文件：在那里添加 \(name).html，或者删掉 layout 这一行")
        case .unknownKey(let name, let layout, let suggestion):
            return Wording(
                "“\(layout)” 页面上没有叫 {{\(name)}} 的内容，会印出空白",
                hint: suggestion.map { "您是不是想写 {{\($0)}}？" } ?? "每种页面有哪些内容，见 docs/templates.md")
        case .outerKey(let name, let inner):
            return Wording(
                "{{#\(inner)}} 里的 {{#\(name)}} 读到的是整个页面的 \(name)，不是 \(inner) 的",
                hint: "\(inner) 没有 \(name)；要用页面的，就写在这个段落外面")
        case .unknownString(let name, let suggestion):
            return Wording(
                "{{\(name)}} 不是界面文字里的任何一条，会印出空白",
                hint: suggestion.map { "您是不是想写 {{\($0)}}？" } ?? "在 templates/i18n/ 里补上这一条")
        case .sameTemplateName(let name, let other):
            return Wording(
                "这个模板和 \(other) 同名（\(name)），用到时会分不清是哪一个",
                hint: "给其中一个改名，并改掉用到它的 {{>\(name)}} 或 layout: \(name)")
        }
    }
}

extension TemplateSyntax {
    var en: String {
        switch self {
        case .wrongSectionClose: "this {{/name}} does not close the section opened last"
        case .unclosedTag: "a tag is not closed with }}"
        case .sectionNeverClosed: "a section is never closed with {{/name}}"
        case .badDelimiter: "a {{=<% %>=}} delimiter tag is badly formed"
        case .transformOnInherited: "a transform cannot be applied to an inherited section"
        case .onlyBlocksInsideParent: "inside {{<parent}} … {{/parent}} only {{$block}} sections may stand"
        case .unknownSetting: "a {{% … }} setting is not understood"
        case .transformUnsupported: "transforms such as {{uppercased(name)}} are not supported; write {{name}}"
        case .other(let detail): detail
        }
    }

    var zhHans: String {
        switch self {
        case .wrongSectionClose: "这个 {{/名字}} 和最近打开的段落对不上"
        case .unclosedTag: "有一个标记没有用 }} 结束"
        case .sectionNeverClosed: "有一个段落没有用 {{/名字}} 结束"
        case .badDelimiter: "{{=<% %>=}} 分隔符标记写错了"
        case .transformOnInherited: "继承的段落不能加转换"
        case .onlyBlocksInsideParent: "{{<父模板}} … {{/父模板}} 里面只能写 {{$块}} 段落"
        case .unknownSetting: "看不懂 {{% … }} 设置"
        case .transformUnsupported: "不支持 {{uppercased(名字)}} 这样的转换，请写成 {{名字}}"
        case .other(let detail): detail
        }
    }
}

extension OutputProblem {
    public var en: Wording {
        switch self {
        case .outsideOutput(let path):
            Wording(
                "a page would be published outside the output folder at \(path)", hint: "rename the file it comes from")
        case .samePath(let path, let other):
            Wording(
                "two things would be published at \(path)",
                hint: "the other is made by \(other); rename or move one of them")
        case .brokenLink(let target):
            Wording("broken link to \(target)", hint: "no page or file is published there")
        case .cannotWrite(let path, let reason):
            Wording(
                "cannot write \(path) (\(reason))", hint: "check that the disk has room and the folder can be written")
        case .cannotCreateFolder(let path, let reason):
            Wording(
                "cannot create the folder \(path) (\(reason))",
                hint: "check that the disk has room and the folder can be written")
        case .cannotSwap(let output, let reason):
            Wording(
                "cannot put the new site in place of \(output) (\(reason)); the old site is unchanged",
                hint: "the output folder must be on a local disk that can be written")
        case .outputIsAFile(let output):
            Wording("\(output) is a file, not a folder", hint: "move the file away, or choose another --output")
        case .weChatTitleTooLong(let week, let length, let limit):
            Wording(
                "the WeChat post of \(week) has a title of \(length.grouped) characters; the editor takes \(limit)",
                hint: "shorten the note's title")
        case .weChatDigestTooLong(let week, let length, let limit):
            Wording(
                "the WeChat post of \(week) has a digest of \(length.grouped) characters; the editor takes \(limit)",
                hint: "shorten the note's summary")
        case .weChatBodyTooLong(let week, let length, let limit):
            Wording(
                "the WeChat post of \(week) has \(length.grouped) characters of text; the editor takes \(limit.grouped)",
                hint: "shorten the note, or paste the post as two articles")
        case .unreadableChangeRecord(let path):
            Wording(
                "the record of changes \(path) cannot be read, so this publication's changes cannot be added to it",
                hint: "put back the file from the last good copy of the output folder; nothing was published")
        case .recordWouldEnd(let output):
            Wording(
                "\(output) holds the public record of changes, which a build with --no-record would end",
                hint: "build without --no-record, or choose another --output for a trial build")
        }
    }

    public var zhHans: Wording {
        switch self {
        case .outsideOutput(let path):
            Wording("有一个页面会发布到输出文件夹以外的 \(path)", hint: "给它所来自的文件改名")
        case .samePath(let path, let other):
            Wording("有两样东西会发布到同一个位置 \(path)", hint: "另一个来自 \(other)；请给其中一个改名或换个位置")
        case .brokenLink(let target):
            Wording("链接 \(target) 打不开", hint: "那里没有发布任何页面或文件")
        case .cannotWrite(let path, let reason):
            Wording("写不进 \(path)（\(reason)）", hint: "检查磁盘空间是否足够、文件夹能否写入")
        case .cannotCreateFolder(let path, let reason):
            Wording("建不了文件夹 \(path)（\(reason)）", hint: "检查磁盘空间是否足够、文件夹能否写入")
        case .cannotSwap(let output, let reason):
            Wording("新网站换不进 \(output)（\(reason)），原来的网站没有改动", hint: "输出文件夹要在本机可写的磁盘上")
        case .outputIsAFile(let output):
            Wording("\(output) 是一个文件，不是文件夹", hint: "把这个文件移走，或者用 --output 换一个文件夹")
        case .weChatTitleTooLong(let week, let length, let limit):
            Wording("\(week) 的公众号文章标题有 \(length.grouped) 个字，公众号最多 \(limit) 个字", hint: "把简报说明的标题（title）改短")
        case .weChatDigestTooLong(let week, let length, let limit):
            Wording("\(week) 的公众号文章摘要有 \(length.grouped) 个字，公众号最多 \(limit) 个字", hint: "把简报说明的摘要（summary）改短")
        case .weChatBodyTooLong(let week, let length, let limit):
            Wording(
                "\(week) 的公众号文章正文有 \(length.grouped) 个字，公众号最多 \(limit.grouped) 个字",
                hint: "把简报说明写短一些，或者分成两篇文章发")
        case .unreadableChangeRecord(let path):
            Wording("变更记录 \(path) 读不出来，这次的变更没法接着记下去", hint: "从上一份完好的输出文件夹把这个文件拿回来；这次什么也没有发布")
        case .recordWouldEnd(let output):
            Wording("\(output) 里有变更公示的记录，加 --no-record 构建会让它断掉", hint: "去掉 --no-record 再构建；只是试一试的话，用 --output 换一个文件夹")
        }
    }
}
