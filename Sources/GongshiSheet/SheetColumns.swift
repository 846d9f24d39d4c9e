import GongshiLoad
import GongshiModel

/// The columns of a sheet, from the shape the loader reads: each field one column, a nested
/// record's fields dotted (`meal.price`), with the field's Chinese note, a format from its
/// type and a dropdown for vocabularies, yes/no and references to other records.
struct SheetColumns {
    /// A field with its dotted header and the shape that holds it.
    struct Field {
        var header: String
        var noun: RecordNoun
        var spec: FieldSpec
    }

    /// The ids each kind of reference may name (`region`, `operator`, `point`, `term`).
    var ids: [String: [String]]
    /// The lists the dropdowns use, in first-use order.
    private(set) var lists: [ChoiceList] = []

    init(ids: [String: [String]]) { self.ids = ids }

    /// The fields of a shape in order, nested ones dotted.
    static func fields(of shape: RecordShape, prefix: String = "") -> [Field] {
        shape.fields.flatMap { spec -> [Field] in
            if case .object(let inner) = spec.type { return fields(of: inner, prefix: prefix + spec.name + ".") }
            return [Field(header: prefix + spec.name, noun: shape.noun, spec: spec)]
        }
    }

    /// The columns of a sheet of `kind`, registering the lists its dropdowns need.
    mutating func columns(of kind: SheetKind) -> [SheetColumn] {
        Self.fields(of: kind.shape).map { field in
            SheetColumn(
                header: field.header,
                note: FieldNotes.zhHans(field.noun, field.spec.name) ?? field.spec.summary,
                format: Self.format(of: field.spec.type),
                dropdown: dropdown(for: field.spec.type, named: kind.sheetName + "·" + field.header))
        }
    }

    static func format(of type: FieldType) -> CellFormat {
        switch type {
        case .text, .markdown: .general
        case .date: .date
        case .dateTime: .dateTime
        case .count, .integer, .ratio, .price, .latitude, .longitude: .number
        case .slug, .time, .boolean, .url, .phone, .timeZone, .postalCode, .reference, .vocabulary, .weekdays,
            .weekday, .dateOrRange, .mediaPath, .list, .object, .compactObject:
            .text
        }
    }

    /// The dropdown of a field: the printed labels of a vocabulary, 是/否, or the site's ids
    /// of the kind it refers to. A list field accepts several values, so other text too.
    private mutating func dropdown(for type: FieldType, named name: String, inList: Bool = false) -> Dropdown? {
        switch type {
        case .vocabulary(let values, let chinese):
            return offer(name, values.map { chinese[$0]?.first ?? $0 }, allowsOther: inList)
        case .boolean:
            return offer("是否", [true, false].map(BooleanWords.label), allowsOther: inList)
        case .reference(let kind):
            guard !inList, let ids = ids[kind] else { return nil }
            return offer(Self.idListName(kind), ids, allowsOther: false)
        case .list(let item):
            return dropdown(for: item, named: name, inList: true)
        default:
            return nil
        }
    }

    private mutating func offer(_ name: String, _ values: [String], allowsOther: Bool) -> Dropdown {
        if !lists.contains(where: { $0.name == name }) { lists.append(ChoiceList(name: name, values: values)) }
        return Dropdown(list: name, allowsOther: allowsOther)
    }

    /// `区域编号`: the heading of the hidden sheet's list of a kind's ids.
    static func idListName(_ kind: String) -> String {
        switch kind {
        case "region": "区域编号"
        case "operator": "运营方编号"
        case "point": "服务点编号"
        case "term": "学期编号"
        default: kind
        }
    }
}
