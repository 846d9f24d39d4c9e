/// What a template tag finds under a key of a view model.
///
/// Every page's model is a typed value (`TemplateModel`); rendering reads these values,
/// never `Any`. A key the model has but whose fact is missing is `.absent`: it is false in
/// a section and empty in a variable, and the lookup stops there, so a point without a
/// description can never print the page's description instead.
public enum TemplateValue: Sendable {
    /// Text, escaped for the template's content type unless the tag is triple (`{{{…}}}`).
    case text(String)
    /// A flag for `{{#…}}`/`{{^…}}`; printed as `true`/`false`.
    case flag(Bool)
    /// A nested model: a section over it reads its keys first.
    case model(any TemplateModel)
    /// A list: a section repeats once per item; empty is false.
    case list([TemplateValue])
    /// A fact the model may hold and does not.
    case absent

    /// False, empty and absent values skip a section and show an inverted one.
    public var isFalsey: Bool {
        switch self {
        case .flag(let flag): !flag
        case .list(let items): items.isEmpty
        case .absent: true
        case .text, .model: false
        }
    }
}

/// A view model: the keys a template may name and what each holds.
public protocol TemplateModel: Sendable {
    /// The keys of every value of this type, for checking templates against it.
    static var schema: TemplateSchema { get }
    /// The value under `key`; nil when the model has no such key, so the lookup goes on to
    /// the enclosing context (a page's `{{home}}` inside `{{#point}}`).
    func value(forKey key: String) -> TemplateValue?
}

/// A model whose keys are a table of fields, from which both lookup and schema follow.
public protocol FieldModel: TemplateModel {
    static var fields: TemplateFields<Self> { get }
}

extension FieldModel {
    public static var schema: TemplateSchema { fields.schema }
    public func value(forKey key: String) -> TemplateValue? { Self.fields.value(of: self, forKey: key) }
}

/// What a key can hold, as a template check sees it.
public indirect enum TemplateShape: Sendable {
    case text
    case flag
    case model(TemplateSchema)
    case list(TemplateShape)
    /// A model whose keys are only known at run time (the UI strings).
    case anyKeys
}

/// The keys a model type has. Shapes are made on demand: a model may hold models of its
/// own kind.
public struct TemplateSchema: Sendable {
    private let shapes: [String: @Sendable () -> TemplateShape]

    public init(_ shapes: [String: @Sendable () -> TemplateShape]) { self.shapes = shapes }

    public var keys: [String] { shapes.keys.sorted() }
    public func shape(of key: String) -> TemplateShape? { shapes[key]?() }

    /// These keys over `outer`'s: a page's facts over the layout's.
    public func merged(under outer: TemplateSchema) -> TemplateSchema {
        TemplateSchema(outer.shapes.merging(shapes) { _, own in own })
    }
}

/// The fields of a model type `Model`: each a key, its shape and how it is read.
public struct TemplateFields<Model>: Sendable {
    public struct Field: Sendable {
        let name: String
        let shape: @Sendable () -> TemplateShape
        let read: @Sendable (Model) -> TemplateValue
    }

    private let table: [String: Field]
    /// A model whose keys this one has too, below its own (a point page's facts extend the
    /// point as lists show it).
    private let base: (@Sendable (Model) -> any TemplateModel)?
    private let baseSchema: (@Sendable () -> TemplateSchema)?

    public init(_ fields: [Field]) {
        table = Dictionary(fields.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        base = nil
        baseSchema = nil
    }

    public init<Base: TemplateModel>(extending base: @escaping @Sendable (Model) -> Base, _ fields: [Field]) {
        table = Dictionary(fields.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        self.base = { base($0) }
        baseSchema = { Base.schema }
    }

    public var schema: TemplateSchema {
        let own = TemplateSchema(table.mapValues { $0.shape })
        return baseSchema.map { own.merged(under: $0()) } ?? own
    }

    public func value(of model: Model, forKey key: String) -> TemplateValue? {
        if let field = table[key] { return field.read(model) }
        return base?(model).value(forKey: key)
    }
}

extension TemplateFields.Field {
    public static func text(_ name: String, _ read: @escaping @Sendable (Model) -> String) -> Self {
        Self(name: name, shape: { .text }, read: { .text(read($0)) })
    }

    /// Text the record may lack: absent when nil.
    public static func text(_ name: String, _ read: @escaping @Sendable (Model) -> String?) -> Self {
        Self(name: name, shape: { .text }, read: { read($0).map(TemplateValue.text) ?? .absent })
    }

    /// The UI strings, whose keys come from the theme.
    public static func strings(_ name: String, _ read: @escaping @Sendable (Model) -> UIStrings) -> Self {
        Self(name: name, shape: { .anyKeys }, read: { .model(read($0)) })
    }

    public static func flag(_ name: String, _ read: @escaping @Sendable (Model) -> Bool) -> Self {
        Self(name: name, shape: { .flag }, read: { .flag(read($0)) })
    }

    /// A flag that only some records have: absent when nil.
    public static func flag(_ name: String, _ read: @escaping @Sendable (Model) -> Bool?) -> Self {
        Self(name: name, shape: { .flag }, read: { read($0).map(TemplateValue.flag) ?? .absent })
    }

    public static func model<Child: TemplateModel>(_ name: String, _ read: @escaping @Sendable (Model) -> Child)
        -> Self
    {
        Self(name: name, shape: { .model(Child.schema) }, read: { .model(read($0)) })
    }

    /// A nested model the page may lack: absent when nil.
    public static func model<Child: TemplateModel>(_ name: String, _ read: @escaping @Sendable (Model) -> Child?)
        -> Self
    {
        Self(name: name, shape: { .model(Child.schema) }, read: { read($0).map { .model($0) } ?? .absent })
    }

    public static func list<Item: TemplateModel>(_ name: String, _ read: @escaping @Sendable (Model) -> [Item])
        -> Self
    {
        Self(name: name, shape: { .list(.model(Item.schema)) }, read: { .list(read($0).map { .model($0) }) })
    }

    public static func list(_ name: String, _ read: @escaping @Sendable (Model) -> [String]) -> Self {
        Self(name: name, shape: { .list(.text) }, read: { .list(read($0).map(TemplateValue.text)) })
    }

    /// A list a template wraps (`{{#hours}}<p>{{#items}}…{{/items}}</p>{{/hours}}`): absent
    /// when empty, since Mustache has no length test to put the heading only around some.
    public static func items<Item: TemplateModel>(_ name: String, _ read: @escaping @Sendable (Model) -> [Item])
        -> Self
    {
        Self(
            name: name, shape: { .model(Items.schema(of: .model(Item.schema))) },
            read: { Items.value(read($0).map { .model($0) }) })
    }

    public static func items(_ name: String, _ read: @escaping @Sendable (Model) -> [String]) -> Self {
        Self(
            name: name, shape: { .model(Items.schema(of: .text)) },
            read: { Items.value(read($0).map(TemplateValue.text)) })
    }
}

/// A non-empty list under `items` (see `TemplateFields.Field.items`).
struct Items: TemplateModel {
    let items: [TemplateValue]

    static var schema: TemplateSchema { schema(of: .text) }
    static func schema(of item: TemplateShape) -> TemplateSchema { TemplateSchema(["items": { .list(item) }]) }
    static func value(_ items: [TemplateValue]) -> TemplateValue {
        items.isEmpty ? .absent : .model(Items(items: items))
    }

    func value(forKey key: String) -> TemplateValue? { key == "items" ? .list(items) : nil }
}

/// The UI strings as templates read them: `{{t.group.key}}`.
public struct UIStrings: TemplateModel {
    public let groups: [String: [String: String]]

    public init(_ groups: [String: [String: String]]) { self.groups = groups }

    public static var schema: TemplateSchema { TemplateSchema([:]) }

    public func value(forKey key: String) -> TemplateValue? {
        groups[key].map { .model(Group(strings: $0)) }
    }

    struct Group: TemplateModel {
        let strings: [String: String]
        static var schema: TemplateSchema { TemplateSchema([:]) }
        func value(forKey key: String) -> TemplateValue? { strings[key].map(TemplateValue.text) }
    }
}
