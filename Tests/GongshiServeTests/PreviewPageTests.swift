import GongshiModel
import Testing

@testable import GongshiServe

@Suite struct PreviewPageTests {
    private let failure = PreviewFailure(
        diagnostics: (1...12).map { "content/points/a.yaml:\($0):1: error: problem \($0)" }, summary: "12 errors")

    @Test func panelAbovePagesListsTheFirstProblemsAndCountsTheRest() {
        let panel = PreviewPage.panel(failure, language: .en)
        #expect(panel.contains("a.yaml:5:1: error: problem 5<"))
        #expect(!panel.contains("a.yaml:6:1"))
        #expect(panel.contains("… and 7 more"))
        #expect(PreviewPage.panel(failure).contains("……另有 7 个"))
        let page = PreviewPage.problems(failure, generation: 3, language: .en)
        #expect(page.contains("a.yaml:12:1: error: problem 12<"))
        #expect(!page.contains("more"))
        #expect(
            page.contains("<html lang=\"en\">")
                && page.contains("<title>gongshi serve: The build failed: 12 errors</title>"))
    }

    @Test func pagesWithoutBodyTagsStillGetScriptAndPanel() {
        let page = PreviewPage.decorate("<p>fragment</p>", failure: failure, generation: 2)
        #expect(page.hasPrefix("<div role=\"alert\""))
        #expect(
            page.hasSuffix(
                "since=2\");s.addEventListener(\"reload\",function(){s.close();location.reload();});})();</script>"))
    }

    @Test func panelGoesAfterTheBodyTagNotALookalike() {
        let page = PreviewPage.decorate(
            "<html><bodyguard></bodyguard><BODY data-x=\"1\"><h1>x</h1></BODY></html>", failure: failure, generation: 0)
        #expect(page.contains("<BODY data-x=\"1\"><div role=\"alert\""))
        #expect(page.contains("</script></BODY></html>"))
    }
}
