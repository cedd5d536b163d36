using System.Globalization;
using System.Text;

namespace Bulletin.Docs.Fonts;

/// <summary>A character that no registered font covers, and where it is.</summary>
/// <param name="Path">Path of the text in the model, e.g. <c>Items[2].Body[0].Inlines[1]</c>.</param>
/// <param name="Offset">UTF-16 offset of the character in that text.</param>
/// <param name="CodePoint">The Unicode code point.</param>
public sealed record MissingCharacter(string Path, int Offset, int CodePoint)
{
    /// <summary>What is wrong, without the path: <c>offset 6: U+1F600 😀 is not covered by any registered font</c>.</summary>
    public string Description => Describe();

    /// <inheritdoc />
    public override string ToString() => $"{Path} {Describe()}";

    private string Describe()
    {
        var shown = Rune.IsValid(CodePoint) && !Rune.IsControl(new Rune(CodePoint)) ? " " + char.ConvertFromUtf32(CodePoint) : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"offset {Offset}: U+{CodePoint:X4}{shown} is not covered by any registered font");
    }
}
