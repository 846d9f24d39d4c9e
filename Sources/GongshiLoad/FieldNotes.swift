import GongshiModel

/// The Chinese explanation of each field staff fill in a spreadsheet, beside the English
/// `FieldSpec.summary` of `Shapes`: a workbook's header notes read them. Keyed by the noun of
/// the shape that holds the field (`meal` for `meal.price`), so nested fields are explained
/// once whichever record holds them. `FieldNotesTests` checks every column a workbook writes
/// has one.
public enum FieldNotes {
    /// The note for a field of a shape, nil when the table has none.
    public static func zhHans(_ noun: RecordNoun, _ field: String) -> String? { table[noun]?[field] }

    static let table: [RecordNoun: [String: String]] = [
        .point: [
            "id": "编号：小写字母、数字和 -，全站唯一，发布后不要再改（网页地址 /points/编号/ 就是它）",
            "kind": "服务点类型，从下拉列表选",
            "name": "名称，如 北坑村爱心食堂",
            "region": "所在村（社区）或镇（街道）的编号，从下拉列表选；编号见“区域”表",
            "address": "详细地址",
            "status": "建设或运营进度，从下拉列表选",
            "opened": "开始服务的日期；“运营中”的必须填写",
            "operation": "运营方式，从下拉列表选",
            "operator": "运营机构的编号，从下拉列表选；编号见“运营方”表",
            "serves": "辐射的村（社区）编号，多个用分号 ; 隔开；不填就是所在的区域",
            "hours": "开放时间，如 周一至周五 10:30-12:30 午餐；几段之间用分号 ; 隔开",
            "services": "服务项目，如 助餐;送餐；多个用分号 ; 隔开",
            "phone": "对外公开的服务电话，带区号，如 0575-00001234（文本格式，开头的 0 不会丢）",
            "description": "介绍文字（Markdown），可以换行",
            "photos": "照片在 content/media/ 下的路径，多张用分号 ; 隔开",
            "updated": "最近一次核对这条信息的日期",
        ],
        .location: [
            "lat": "纬度（WGS-84，度），如 29.61",
            "lon": "经度（WGS-84，度），如 120.24",
        ],
        .meal: [
            "price": "一餐的价格（元）",
            "elder_price": "老年人优惠价（元）",
            "delivery": "是否送餐上门：是 / 否",
            "seats": "就餐座位数",
        ],
        .capacity: [
            "beds": "日间照料或短期托养的床位数",
            "seats": "座位数",
        ],
        .course: [
            "id": "编号：小写字母、数字和 -，全站唯一，发布后不要再改（网页地址 /courses/编号/）",
            "title": "课程名称",
            "venue": "上课地点：服务点的编号，从下拉列表选；编号见“服务点”表",
            "term": "学期编号（site.yaml 里的 terms），从下拉列表选",
            "sessions": "每周上课时间，如 周二 09:00-10:30；几次之间用分号 ; 隔开",
            "from": "第一次上课的日期，比学期开始晚时才填",
            "until": "最后一次上课的日期，比学期结束早时才填",
            "except": "另外停课的日期，如 2026-12-14；多个用分号 ; 隔开",
            "category": "类别，如 书法、太极、智能手机",
            "teacher": "授课老师",
            "capacity": "招收人数",
            "enrolled": "已报名人数",
            "fee": "每学期学费（元）；0 或不填是免费",
            "description": "课程介绍（Markdown），可以换行",
        ],
        .registration: [
            "opens": "开始报名的日期",
            "closes": "报名截止的日期",
            "url": "报名网址，以 https:// 开头",
        ],
        .activity: [
            "id": "编号：小写字母、数字和 -，全站唯一，发布后不要再改（网页地址 /volunteer/编号/）",
            "title": "募集令标题",
            "venue": "活动地点：服务点的编号，从下拉列表选；编号见“服务点”表",
            "start": "开始的日期和时间，如 2026-11-28 09:00",
            "end": "结束的日期和时间，要晚于开始",
            "kind": "活动类型，从下拉列表选",
            "signup": "报名网址，以 https:// 开头",
            "status": "只有活动取消时才选“已取消”；招募中、已满员、已结束由程序算出",
            "description": "活动介绍（Markdown），可以换行",
            "updated": "募集令最近一次修改的日期",
        ],
        .organiser: [
            "team": "组织队伍的级别，从下拉列表选",
            "name": "队伍名称",
        ],
        .volunteers: [
            "needed": "需要的志愿者人数",
            "registered": "已报名的志愿者人数",
        ],
        .contact: [
            "name": "联系人",
            "phone": "对外公开的联系电话（文本格式，开头的 0 不会丢）",
        ],
        .region: [
            "id": "编号：小写字母、数字和 -，整个文件里唯一；服务点的 region 写的就是它",
            "name": "名称，如 枫桥镇、北坑村",
            "kind": "级别：市、镇、街道、村、社区……从下拉列表选",
            "parent": "上一级区域的编号，从下拉列表选；只有最上面的市不填",
            "postal_code": "六位邮政编码；不填就用上一级的（文本格式，开头的 0 不会丢）",
        ],
        .operator: [
            "id": "编号：小写字母、数字和 -，全站唯一；服务点的 operator 写的就是它",
            "name": "机构名称",
            "kind": "机构类型，从下拉列表选",
            "phone": "对外公开的联系电话（文本格式）",
            "website": "网址，以 https:// 开头",
            "description": "机构介绍（Markdown），可以换行",
        ],
    ]
}
