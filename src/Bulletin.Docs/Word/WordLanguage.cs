namespace Bulletin.Docs.Word;

/// <summary>The two language tags of <c>w:lang</c>: Latin text and East Asian text.</summary>
/// <param name="Latin">Tag for Latin text (<c>w:val</c>).</param>
/// <param name="EastAsian">Tag for East Asian text (<c>w:eastAsia</c>).</param>
internal readonly record struct WordLanguage(string Latin, string EastAsian)
{
    /// <summary>
    /// From the document's language: a Chinese, Japanese or Korean tag goes to <c>w:eastAsia</c> with
    /// en-US for Latin text; any other tag is the Latin language and the East Asian one stays zh-CN.
    /// </summary>
    public static WordLanguage From(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return new("en-US", "zh-CN");
        }

        var primary = tag.Split('-')[0].ToLowerInvariant();
        return primary is "zh" or "ja" or "ko" ? new("en-US", tag) : new(tag, "zh-CN");
    }
}
