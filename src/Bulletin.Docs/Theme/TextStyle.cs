namespace Bulletin.Docs.Theme;

/// <summary>Horizontal alignment of a paragraph's lines.</summary>
public enum TextAlignment
{
    /// <summary>Lines start at the start edge (left).</summary>
    Start,
    /// <summary>Lines are centred.</summary>
    Center,
    /// <summary>Lines end at the end edge (right).</summary>
    End,
    /// <summary>Both edges flush; the last line start-aligned (clreq §3.1).</summary>
    Justify,
    /// <summary>Every line, the last one too, spread to the full width (均排, Word's <c>distribute</c>).</summary>
    Distribute,
}

/// <summary>
/// The fonts of a role: what Word is told (a name per script; the reader's Word substitutes) and
/// which registered font family the PDF and PNG use.
/// </summary>
/// <param name="WordEastAsian">Word's East Asian font name, e.g. 宋体, 黑体, 楷体, 仿宋_GB2312.</param>
/// <param name="WordLatin">Word's Latin font name, e.g. Times New Roman.</param>
/// <param name="PdfFamily">
/// The registered family the PDF and PNG use when no face registered under
/// <paramref name="WordEastAsian"/> or one of its aliases (<c>WordFontNames.Candidates</c>) is
/// found: a stand-in, e.g. Noto Serif SC for 仿宋_GB2312. The layout reports every stand-in
/// (<c>LaidOutDocument.Faces</c>).
/// </param>
public sealed record FontSpec(string WordEastAsian, string WordLatin, string PdfFamily)
{
    /// <summary>宋体 / Times New Roman / Noto Serif SC.</summary>
    public static FontSpec Song { get; } = new("宋体", "Times New Roman", "Noto Serif SC");

    /// <summary>黑体 / Arial / Noto Sans SC.</summary>
    public static FontSpec Hei { get; } = new("黑体", "Arial", "Noto Sans SC");

    /// <summary>楷体 / Times New Roman / LXGW WenKai (霞鹜文楷, the open Kai face Bulletin.Docs.Fonts ships).</summary>
    public static FontSpec Kai { get; } = new("楷体", "Times New Roman", "LXGW WenKai");

    /// <summary>仿宋_GB2312 / Times New Roman / Noto Serif SC standing in (GB/T 9704 §5.2.2 body font; no open 仿宋 face with TrueType outlines is known).</summary>
    public static FontSpec FangSong { get; } = new("仿宋_GB2312", "Times New Roman", "Noto Serif SC");

    /// <summary>方正小标宋简体 / Times New Roman / Noto Serif SC standing in (GB/T 9704 title font), set bold in PDF.</summary>
    public static FontSpec XiaoBiaoSong { get; } = new("方正小标宋简体", "Times New Roman", "Noto Serif SC");
}

/// <summary>Line spacing: a multiple of the font size's single line, or an exact distance.</summary>
/// <param name="Value">The multiple (e.g. 1.5) or the distance in points.</param>
/// <param name="IsExact">True when <see cref="Value"/> is an exact baseline-to-baseline distance in points.</param>
public readonly record struct LineSpacing(double Value, bool IsExact)
{
    /// <summary>A multiple of the font size (1.0 = lines as tall as the font size × 1.3 natural height in Word; here: size × value × 1.3).</summary>
    public static LineSpacing Multiple(double factor) => new(factor, false);

    /// <summary>An exact baseline-to-baseline distance in points.</summary>
    public static LineSpacing Exactly(double points) => new(points, true);

    /// <summary>The baseline-to-baseline distance in points for text of the given size.</summary>
    public double ToPoints(double fontSizePt) => IsExact ? Value : fontSizePt * Value * 1.3;
}

/// <summary>
/// How text of one <see cref="TextRole"/> is set: fonts, size, weight, colour, alignment, indents
/// and spacing. Derive changed styles with <c>with</c>.
/// </summary>
public sealed record TextStyle
{
    /// <summary>Fonts for Word and PDF.</summary>
    public required FontSpec Font { get; init; }

    /// <summary>Font size in points; see <see cref="ChineseFontSize"/> for 三号, 五号 ….</summary>
    public required double SizePt { get; init; }

    /// <summary>Bold.</summary>
    public bool Bold { get; init; }

    /// <summary>Italic (rarely right for Chinese; prefer a 楷 font).</summary>
    public bool Italic { get; init; }

    /// <summary>Text colour.</summary>
    public RgbColor Color { get; init; } = RgbColor.Black;

    /// <summary>Alignment of the lines.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Justify;

    /// <summary>First-line indent in characters of this style's size (2 = 两字).</summary>
    public double FirstLineIndentChars { get; init; }

    /// <summary>Indent of every line from the start edge, in characters.</summary>
    public double StartIndentChars { get; init; }

    /// <summary>Space before the paragraph in points.</summary>
    public double SpaceBeforePt { get; init; }

    /// <summary>Space after the paragraph in points.</summary>
    public double SpaceAfterPt { get; init; }

    /// <summary>Line spacing.</summary>
    public LineSpacing LineSpacing { get; init; } = LineSpacing.Multiple(1.0);

    /// <summary>Keep with the next paragraph (headings).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Outline level 0–8 for headings, so Word's navigation pane lists them; <c>null</c> for body text.</summary>
    public int? OutlineLevel { get; init; }

    /// <summary>Extra space between characters in points (headline letter spacing), 0 for none.</summary>
    public double LetterSpacingPt { get; init; }
}

/// <summary>An sRGB colour.</summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    /// <summary>Black.</summary>
    public static RgbColor Black => new(0, 0, 0);

    /// <summary>The red of Chinese official mastheads and rules (红头).</summary>
    public static RgbColor OfficialRed => new(0xE6, 0x00, 0x12);

    /// <summary>Six hexadecimal digits, RRGGBB, as Word writes colours.</summary>
    public string Hex => $"{R:X2}{G:X2}{B:X2}";
}
