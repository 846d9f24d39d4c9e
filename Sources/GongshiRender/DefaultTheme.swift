/// The theme in the repository's `templates/`, compiled into the binary by the EmbedTheme
/// build plugin (`files` is generated), so a site without templates of its own still builds.
public enum DefaultTheme {
    /// Path inside the theme folder (`layouts/base.html`) → text.
    public static var allFiles: [String: String] { files }
}
