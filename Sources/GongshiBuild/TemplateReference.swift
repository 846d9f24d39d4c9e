import GongshiModel
import GongshiRender
import GongshiSite

/// `docs/templates.md`: for each layout and Markdown template, the names its model has and
/// what each holds, made from the same schemas `check` compares templates with, so the
/// reference cannot drift from what pages really hold.
package enum TemplateReference {
    /// The reference for the templates the routes render (each layout once, with the first
    /// model it is rendered over), and for page bodies.
    package static func markdown(for routes: [Route], bodySchema: TemplateSchema) -> String {
        // A layout and a Markdown template may share a name (`bulletin`): each is its own file.
        var seen: Set<String> = []
        var uses: [TemplateUse] = []
        for use in routes.flatMap(\.templateUses) where seen.insert("\(use.isMarkdown) \(use.template)").inserted {
            uses.append(use)
        }
        var out = """
            # 模板能用的名字 · Names templates can use

            每个页面模板（`templates/layouts/*.html`）和 Markdown 模板读到的内容。`gongshi check`
            对照这些名字检查网站自己的模板：写了页面没有的名字（如 `{{titel}}`）会得到警告
            GS5009，并给出最接近的名字。本文件由测试从程序里的页面模型生成
            （`GONGSHI_RECORD=1 swift test --filter TemplateReferenceTests`），不要手改。

            What each layout and Markdown template reads. Every page also has the layout's
            names (title, menu, t, …), listed once under `page`. Generated from the page models;
            do not edit by hand.

            Kinds: text 文字 · flag 是/否 · list 列表（`{{#name}}…{{/name}}` repeats）·
            items 非空列表（`{{#name}}{{#items}}…{{/items}}{{/name}}`）· group 一组（`{{#name}}` or
            `{{name.key}}`）· strings 界面文字（`{{t.group.key}}`）.


            """
        out += section("page", body: true, describe(bodySchema, indent: ""))
        for use in uses.sorted(by: { ($0.isMarkdown ? 1 : 0, $0.template) < ($1.isMarkdown ? 1 : 0, $1.template) }) {
            let own = use.schema().keys.filter { bodySchema.shape(of: $0) == nil }
            out += section(
                use.template, body: false, describe(use.schema(), keys: own, indent: ""), markdown: use.isMarkdown)
        }
        return out
    }

    private static func section(_ name: String, body: Bool, _ lines: String, markdown: Bool = false) -> String {
        let title =
            body
            ? "## Every page, and page bodies (`content/pages/*.md`)"
            : markdown ? "## `templates/\(name).md`" : "## `templates/layouts/\(name).html`"
        return title + "\n\n" + lines + "\n\n"
    }

    private static func describe(_ schema: TemplateSchema, keys: [String]? = nil, indent: String) -> String {
        (keys ?? schema.keys).sorted().map { key in
            let shape = schema.shape(of: key)!
            return indent + "- `\(key)`: " + describe(shape, indent: indent)
        }.joined(separator: "\n")
    }

    private static func describe(_ shape: TemplateShape, indent: String) -> String {
        switch shape {
        case .text: return "text"
        case .flag: return "flag"
        case .anyKeys: return "strings"
        case .list(.model(let item)): return "list of\n" + describe(item, indent: indent + "  ")
        case .list(let item): return "list of " + describe(item, indent: indent)
        case .model(let schema):
            if schema.keys == ["items"], let items = schema.shape(of: "items"), case .list(let item) = items {
                if case .model(let inner) = item { return "items of\n" + describe(inner, indent: indent + "  ") }
                return "items of " + describe(item, indent: indent)
            }
            return "group of\n" + describe(schema, indent: indent + "  ")
        }
    }
}
