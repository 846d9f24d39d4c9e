import GongshiModel
import GongshiRender

/// What every layout reads besides the page's own facts: the site, its menu, the help line,
/// the UI strings, and the page's title and address.
public struct LayoutModel: FieldModel {
    /// The parts that are the same on every page, made once per build.
    struct Shared: Sendable {
        var lang: String
        var siteTitle: String
        var home: String
        var stylesheet: String
        /// The folder of the theme's other assets (`/yanglao/assets/`): its script and icon.
        var assets: String
        var feeds: [FeedLink]
        var dataLink: String?
        var reportsLink: String?
        /// The public record of changes, when the build keeps one.
        var changesLink: String?
        var strings: UIStrings
        var publisher: Publisher
    }

    var shared: Shared
    var title: String
    var isHome: Bool
    var description: String
    package var canonical: String?
    var menu: [MenuEntry]
    /// The page's schema.org description (JSON-LD), for pages about one place or event.
    var jsonLD: String?
    /// The page's A4 sheet for a noticeboard, for pages that have one.
    var printLink: String?

    public static let fields = TemplateFields<Self>([
        .text("lang") { $0.shared.lang },
        .text("siteTitle") { $0.shared.siteTitle },
        .text("home") { $0.shared.home },
        .text("stylesheet") { $0.shared.stylesheet },
        .text("assets") { $0.shared.assets },
        .list("feeds") { $0.shared.feeds },
        .text("dataLink") { $0.shared.dataLink },
        .text("reportsLink") { $0.shared.reportsLink },
        .text("changesLink") { $0.shared.changesLink },
        .strings("t") { $0.shared.strings },
        .model("publisher") { $0.shared.publisher },
        .text("title") { $0.title },
        .flag("isHome") { $0.isHome },
        .text("description") { $0.description },
        .text("canonical") { $0.canonical },
        .list("menu") { $0.menu },
        .text("jsonLD") { $0.jsonLD },
        .text("printLink") { $0.printLink },
    ])

    /// A feed the page's head links to.
    struct FeedLink: FieldModel {
        var type: String
        var title: String
        var href: String

        static let fields = TemplateFields<Self>([
            .text("type") { $0.type }, .text("title") { $0.title }, .text("href") { $0.href },
        ])
    }

    /// The bureau's name and help line, in every page's header and footer.
    struct Publisher: FieldModel {
        var name: String
        var phone: String?
        var tel: String?
        var address: String?

        static let fields = TemplateFields<Self>([
            .text("name") { $0.name }, .text("phone") { $0.phone }, .text("tel") { $0.tel },
            .text("address") { $0.address },
        ])
    }

    /// One entry of the menu; `current` on the section the page belongs to; `hint` says in a
    /// few words what the section holds, under its tile on the home page.
    struct MenuEntry: FieldModel {
        var label: String
        var link: String
        var current: Bool
        var hint: String?

        static let fields = TemplateFields<Self>([
            .text("label") { $0.label }, .text("link") { $0.link }, .flag("current") { $0.current },
            .text("hint") { $0.hint },
        ])
    }
}

/// What a page shows besides its layout: its title, its description for search results
/// (the site's title when nil), and its own facts.
public struct PageContent<Facts: TemplateModel>: Sendable {
    public var title: String
    public var description: String?
    public var facts: Facts

    public init(title: String, description: String? = nil, _ facts: Facts) {
        self.title = title
        self.description = description
        self.facts = facts
    }
}

/// A page's model as its layout reads it: the page's own facts first, then the layout's.
public struct PageModel<Facts: TemplateModel>: TemplateModel {
    public var layout: LayoutModel
    public var facts: Facts

    public init(_ layout: LayoutModel, _ facts: Facts) {
        self.layout = layout
        self.facts = facts
    }

    public static var schema: TemplateSchema { Facts.schema.merged(under: LayoutModel.schema) }

    public func value(forKey key: String) -> TemplateValue? {
        facts.value(forKey: key) ?? layout.value(forKey: key)
    }
}
