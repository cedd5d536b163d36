using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Word;

/// <summary>The style ids and display names the writer gives Word's styles.</summary>
internal static class WordStyleIds
{
    /// <summary>The default paragraph style every role style is based on.</summary>
    public const string Normal = "Normal";

    /// <summary>The paragraph style of an inline picture (auto line height so the picture is not clipped).</summary>
    public const string Picture = "Picture";

    /// <summary>The paragraph style of a headline in a commentary box, smaller than <c>Headline</c>.</summary>
    public const string BoxedHeadline = "BoxedHeadline";

    /// <summary>Character style of strong text.</summary>
    public const string Strong = "Strong";

    /// <summary>Character style of emphasised text (楷, not italic).</summary>
    public const string Emphasis = "Emphasis";

    /// <summary>Character style of hyperlinks.</summary>
    public const string Hyperlink = "Hyperlink";

    /// <summary>Character style of a run-in dateline (电头).</summary>
    public const string DatelineChar = "DatelineChar";

    /// <summary>The paragraph style id of a role, e.g. <c>Headline</c>.</summary>
    public static string Of(TextRole role) => role.ToString();

    /// <summary>The display name of a role's paragraph style, e.g. <c>Bulletin Headline</c>.</summary>
    public static string NameOf(TextRole role) => "Bulletin " + role;
}
