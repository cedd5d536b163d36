namespace Bulletin.Docs.Composition;

/// <summary>How an item is named where it is listed: the outline, the structure tree.</summary>
internal static class ItemTitles
{
    /// <summary>A headline's lines as one line: joined as they are, with a space only between two Latin letters or digits.</summary>
    public static string OneLine(IReadOnlyList<string> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length > 0 && line.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]) && char.IsAsciiLetterOrDigit(line[0]))
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        return text.ToString();
    }
}
