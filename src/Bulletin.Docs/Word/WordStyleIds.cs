using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Word;

/// <summary>The style ids and display names the writer gives Word's styles.</summary>
internal static class WordStyleIds
{
    /// <summary>The default paragraph style every role style is based on.</summary>
    public const string Normal = "Normal";

    /// <summary>The paragraph style of an inline picture (auto line height so the picture is not clipped).</summary>
    public const string Picture = "Picture";

    /// <summary>Character style of strong text.</summary>
    public const string Strong = "Strong";

    /// <summary>Character style of emphasised text (楷, not italic).</summary>
    public const string Emphasis = "Emphasis";

    /// <summary>Character style of hyperlinks.</summary>
    public const string Hyperlink = "Hyperlink";

    /// <summary>Character style of a run-in dateline (电头).</summary>
    public const string DatelineChar = "DatelineChar";

    /// <summary>Character style of a photo credit run in after its caption (王韵菲 摄).</summary>
    public const string CreditChar = "CreditChar";

    /// <summary>
    /// The paragraph style id of a role: Word's built-in <c>Heading1</c>–<c>Heading3</c> for the
    /// section banner, the headline and the 小标题 (so the navigation pane, the TOC field's <c>\o</c>
    /// switch and outline view find them), else the role's name, e.g. <c>Byline</c>.
    /// </summary>
    public static string Of(TextRole role) => HeadingLevel(role) is { } level ? $"Heading{level}" : role.ToString();

    /// <summary>
    /// The display name of a role's paragraph style: the built-in name <c>heading 1</c>–<c>heading 3</c>
    /// (ECMA-376 §17.7.4.9: Word recognises built-in styles by these names and shows them localised,
    /// 标题 1 …), else e.g. <c>Bulletin Byline</c>.
    /// </summary>
    public static string NameOf(TextRole role) => HeadingLevel(role) is { } level ? $"heading {level}" : "Bulletin " + role;

    /// <summary>Other names of a role's style (ECMA-376 §17.7.4.1), the Chinese name a press office uses; <c>null</c> for none.</summary>
    public static string? AliasesOf(TextRole role) => role switch
    {
        TextRole.SectionBanner => "栏题,Bulletin SectionBanner",
        TextRole.Headline => "主题,Bulletin Headline",
        TextRole.Subheading => "小标题,Bulletin Subheading",
        _ => null,
    };

    /// <summary>
    /// The style a role's style is based on: the boxed commentary's headline on the headline's
    /// (so Word lists it with the headings), every other on <see cref="Normal"/>.
    /// </summary>
    public static string BasedOn(TextRole role) => role is TextRole.BoxedHeadline ? Of(TextRole.Headline) : Normal;

    /// <summary>Whether the role's style is one of Word's built-in heading styles.</summary>
    public static bool IsBuiltIn(TextRole role) => HeadingLevel(role) is not null;

    private static int? HeadingLevel(TextRole role) => role switch
    {
        TextRole.SectionBanner => 1,
        TextRole.Headline => 2,
        TextRole.Subheading => 3,
        _ => null,
    };
}
