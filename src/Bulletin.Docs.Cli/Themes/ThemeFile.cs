using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Bulletin.Docs.Cli.Input;
using Bulletin.Docs.Theme;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bulletin.Docs.Cli.Themes;

/// <summary>
/// A house style without C#: a YAML or JSON file (JSON is read as YAML) that names a built-in theme
/// in <c>base</c> and overrides its page setup and the styles of chosen roles (README, "House style without C#").
/// Lengths take a unit (<c>25mm</c>, <c>2.5cm</c>, <c>12pt</c>, <c>1in</c>; a bare number is pt),
/// sizes a Chinese size name (<c>三号</c>) or a length, colours <c>#RRGGBB</c>.
/// </summary>
internal sealed partial class ThemeFile
{
    private readonly string file;
    private readonly List<Diagnostic> problems = [];

    private ThemeFile(string file) => this.file = file;

    /// <summary>The built-in themes by the names the tool accepts.</summary>
    public static IReadOnlyDictionary<string, BulletinTheme> BuiltIn { get; } = new Dictionary<string, BulletinTheme>(StringComparer.OrdinalIgnoreCase)
    {
        ["newspaper"] = BulletinThemes.Newspaper,
        ["work-bulletin"] = BulletinThemes.WorkBulletin,
        ["press-release"] = BulletinThemes.PressRelease,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a theme file; the theme, or <c>null</c> and the problems with their lines.</summary>
    public static (BulletinTheme? Theme, IReadOnlyList<Diagnostic> Problems) Load(string file)
    {
        if (SourceText.Read(file, out var problem) is not { } text)
        {
            return (null, [problem!]);
        }

        var reader = new ThemeFile(file);
        var theme = reader.Read(text);
        return (reader.problems.Count == 0 ? theme : null, reader.problems);
    }

    /// <summary>
    /// Where in the theme file <paramref name="file"/> the value behind a validation problem's path
    /// was written (<c>Theme.Styles[Body].SizePt</c> is the <c>size:</c> under <c>body:</c>): the value of
    /// the key, else the nearest enclosing key (<c>Theme.Page</c> is the <c>page:</c> line), else the start.
    /// </summary>
    public static SourceLocation Locate(string file, string path)
    {
        YamlStream stream;
        try
        {
            stream = ShallowYaml.Load(SourceText.Read(file, out _) ?? "");
        }
        catch (Exception exception) when (exception is YamlException or IOException or UnauthorizedAccessException)
        {
            return SourceLocation.Start;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return SourceLocation.Start;
        }

        // Theme.Page.MarginTopPt → [page, marginTop]; Theme.Styles[Body].Font.WordEastAsian → [styles, body, font, wordEastAsian].
        var segments = path.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal)
            .Split('.', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var where = SourceLocation.Start;
        YamlNode node = root;
        foreach (var segment in segments)
        {
            if (node is not YamlMappingNode mapping)
            {
                break;
            }

            var wanted = Unsuffixed(segment);
            var found = mapping.Children.FirstOrDefault(child => Scalar(child.Key) is { } key && string.Equals(Unsuffixed(key), wanted, StringComparison.OrdinalIgnoreCase));
            if (found.Key is null)
            {
                break;
            }

            where = new SourceLocation((int)found.Key.Start.Line, (int)found.Key.Start.Column);
            node = found.Value;
            if (node is YamlScalarNode)
            {
                where = new SourceLocation((int)node.Start.Line, (int)node.Start.Column);
            }
        }

        return where;

        // The model names a length MarginTopPt and an indent FirstLineIndentChars; the file, marginTop and firstLineIndent.
        static string Unsuffixed(string name) =>
            name.EndsWith("Pt", StringComparison.Ordinal) ? name[..^2] : name.EndsWith("Chars", StringComparison.Ordinal) ? name[..^5] : name;
    }

    private BulletinTheme? Read(string text)
    {
        YamlStream stream;
        try
        {
            stream = ShallowYaml.Load(text);
        }
        catch (YamlException exception)
        {
            Report(exception.Start, "not valid YAML or JSON: " + exception.Message);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new Diagnostic(file, SourceLocation.Start, "a theme file holds key: value lines, starting with base: press-release (or newspaper, work-bulletin)"));
            return null;
        }

        var theme = BulletinThemes.PressRelease;
        if (root.Children.TryGetValue(new YamlScalarNode("base"), out var baseNode))
        {
            var name = Scalar(baseNode);
            if (name is not null && BuiltIn.TryGetValue(name, out var found))
            {
                theme = found;
            }
            else
            {
                Report(baseNode.Start, $"base is one of {string.Join(", ", BuiltIn.Keys)}, is '{name}'");
            }
        }
        else
        {
            Report(root.Start, "a theme file starts from a built-in theme: base: press-release (or newspaper, work-bulletin)");
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(keyNode);
            switch (key)
            {
                case "base":
                    break;
                case "name":
                    theme = theme with { Name = Scalar(value) ?? theme.Name };
                    break;
                case "contents":
                    theme = theme with { Contents = Bool(value) ?? theme.Contents };
                    break;
                case "boxColumns":
                    theme = theme with { BoxColumns = Bool(value) ?? theme.BoxColumns };
                    break;
                case "headlinesSpanColumns":
                    theme = theme with { HeadlinesSpanColumns = Bool(value) ?? theme.HeadlinesSpanColumns };
                    break;
                case "accentColor":
                    theme = theme with { AccentColor = Color(value) ?? theme.AccentColor };
                    break;
                case "masthead":
                    theme = theme with { Masthead = Enum(value, theme.Masthead) };
                    break;
                case "page":
                    theme = theme with { Page = ReadPage(value, theme.Page) };
                    break;
                case "styles":
                    theme = ReadStyles(value, theme);
                    break;
                default:
                    Report(keyNode.Start, $"unknown theme key '{key}' (known: base, name, page, styles, masthead, accentColor, contents, boxColumns, headlinesSpanColumns)");
                    break;
            }
        }

        return theme;
    }

    /// <summary>Applies the <c>page:</c> block to <paramref name="page"/>.</summary>
    private PageSetup ReadPage(YamlNode node, PageSetup page)
    {
        if (node is not YamlMappingNode mapping)
        {
            Report(node.Start, "page holds key: value lines");
            return page;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Scalar(keyNode);
            page = key switch
            {
                "size" => Scalar(value) switch
                {
                    "A3" or "a3" => page with { WidthPt = Length.Mm(297), HeightPt = Length.Mm(420) },
                    "A4" or "a4" => page with { WidthPt = Length.Mm(210), HeightPt = Length.Mm(297) },
                    "A5" or "a5" => page with { WidthPt = Length.Mm(148), HeightPt = Length.Mm(210) },
                    var other => Bad(page, value, $"size is A3, A4 or A5 (or give width and height), is '{other}'"),
                },
                "width" => page with { WidthPt = Points(value) ?? page.WidthPt },
                "height" => page with { HeightPt = Points(value) ?? page.HeightPt },
                "marginTop" => page with { MarginTopPt = Points(value) ?? page.MarginTopPt },
                "marginBottom" => page with { MarginBottomPt = Points(value) ?? page.MarginBottomPt },
                "marginLeft" => page with { MarginLeftPt = Points(value) ?? page.MarginLeftPt },
                "marginRight" => page with { MarginRightPt = Points(value) ?? page.MarginRightPt },
                "columns" => page with { Columns = Int(value) ?? page.Columns },
                "columnGap" => page with { ColumnGapPt = Points(value) ?? page.ColumnGapPt },
                "columnRule" => page with { ColumnRule = Bool(value) ?? page.ColumnRule },
                "headerDistance" => page with { HeaderDistancePt = Points(value) ?? page.HeaderDistancePt },
                "footerDistance" => page with { FooterDistancePt = Points(value) ?? page.FooterDistancePt },
                "headerText" => page with { HeaderText = Scalar(value) },
                "pageNumbers" => page with { PageNumbers = Enum(value, page.PageNumbers) },
                "pageNumberPosition" => page with { PageNumberPosition = Enum(value, page.PageNumberPosition) },
                "lineGridPitch" => page with { LineGridPitchPt = Scalar(value) is "none" ? null : Points(value) ?? page.LineGridPitchPt },
                _ => Bad(page, keyNode, $"unknown page key '{key}' (known: size, width, height, marginTop, marginBottom, marginLeft, marginRight, columns, columnGap, columnRule, headerDistance, footerDistance, headerText, pageNumbers, pageNumberPosition, lineGridPitch)"),
            };
        }

        return page;
    }

    private BulletinTheme ReadStyles(YamlNode node, BulletinTheme theme)
    {
        if (node is not YamlMappingNode mapping)
        {
            Report(node.Start, "styles holds one block per role (body:, headline:, …)");
            return theme;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var name = Scalar(keyNode) ?? "";
            if (!System.Enum.TryParse<TextRole>(name, ignoreCase: true, out var role) || !System.Enum.IsDefined(role))
            {
                Report(keyNode.Start, $"unknown role '{name}' (roles: {string.Join(", ", System.Enum.GetNames<TextRole>().Select(Camel))})");
                continue;
            }

            theme = theme.WithStyle(role, style => ReadStyle(value, style));
        }

        return theme;
    }

    private TextStyle ReadStyle(YamlNode node, TextStyle style)
    {
        if (node is not YamlMappingNode mapping)
        {
            Report(node.Start, "a style holds key: value lines (font, size, bold, …)");
            return style;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Scalar(keyNode);
            style = key switch
            {
                "font" => style with { Font = Font(value) ?? style.Font },
                "size" => style with { SizePt = Size(value) ?? style.SizePt },
                "bold" => style with { Bold = Bool(value) ?? style.Bold },
                "italic" => style with { Italic = Bool(value) ?? style.Italic },
                "color" => style with { Color = Color(value) ?? style.Color },
                "alignment" => style with { Alignment = Enum(value, style.Alignment) },
                "firstLineIndent" => style with { FirstLineIndentChars = Number(value) ?? style.FirstLineIndentChars },
                "startIndent" => style with { StartIndentChars = Number(value) ?? style.StartIndentChars },
                "spaceBefore" => style with { SpaceBeforePt = Points(value) ?? style.SpaceBeforePt },
                "spaceAfter" => style with { SpaceAfterPt = Points(value) ?? style.SpaceAfterPt },
                "lineSpacing" => style with { LineSpacing = Spacing(value) ?? style.LineSpacing },
                "keepWithNext" => style with { KeepWithNext = Bool(value) ?? style.KeepWithNext },
                "letterSpacing" => style with { LetterSpacingPt = Points(value) ?? style.LetterSpacingPt },
                _ => Bad(style, keyNode, $"unknown style key '{key}' (known: font, size, bold, italic, color, alignment, firstLineIndent, startIndent, spaceBefore, spaceAfter, lineSpacing, keepWithNext, letterSpacing)"),
            };
        }

        return style;
    }

    /// <summary>The named faces (宋体, 黑体, 楷体, 仿宋, 小标宋) or <c>{ word: …, latin: …, pdf: … }</c>.</summary>
    private FontSpec? Font(YamlNode node)
    {
        if (node is YamlMappingNode mapping)
        {
            string? Get(string key) => mapping.Children.TryGetValue(new YamlScalarNode(key), out var v) ? Scalar(v) : null;
            var word = Get("word");
            if (word is null)
            {
                Report(node.Start, "a font block needs word: (the Word East Asian font name); latin: and pdf: are optional");
                return null;
            }

            return new FontSpec(word, Get("latin") ?? "Times New Roman", Get("pdf") ?? FontSpec.Song.PdfFamily);
        }

        return Scalar(node) switch
        {
            "宋体" or "song" => FontSpec.Song,
            "黑体" or "hei" => FontSpec.Hei,
            "楷体" or "kai" => FontSpec.Kai,
            "仿宋" or "仿宋_GB2312" or "fangSong" => FontSpec.FangSong,
            "小标宋" or "方正小标宋简体" or "xiaoBiaoSong" => FontSpec.XiaoBiaoSong,
            var other => Bad<FontSpec?>(null, node, $"font is 宋体, 黑体, 楷体, 仿宋 or 小标宋, or a block {{ word: …, latin: …, pdf: … }}; is '{other}'"),
        };
    }

    private double? Size(YamlNode node)
    {
        var text = Scalar(node);
        if (text is not null && (text.EndsWith('号') || text is "小初" or "小一" or "小二" or "小三" or "小四" or "小五" or "小六"))
        {
            try
            {
                return ChineseFontSize.FromName(text);
            }
            catch (ArgumentException)
            {
                return Bad<double?>(null, node, $"'{text}' is not a Chinese size name (初号 … 八号)");
            }
        }

        return Points(node);
    }

    private LineSpacing? Spacing(YamlNode node)
    {
        var text = Scalar(node);
        if (text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor))
        {
            return LineSpacing.Multiple(factor);
        }

        return Points(node) is { } exact ? LineSpacing.Exactly(exact) : null;
    }

    [GeneratedRegex(@"^\s*(?<n>[0-9]+(\.[0-9]+)?)\s*(?<unit>mm|cm|pt|in)?\s*$")]
    private static partial Regex LengthPattern();

    private double? Points(YamlNode node)
    {
        var text = Scalar(node) ?? "";
        var match = LengthPattern().Match(text);
        if (!match.Success)
        {
            return Bad<double?>(null, node, $"a length is a number with mm, cm, pt or in (e.g. 25mm), is '{text}'");
        }

        var n = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value switch
        {
            "mm" => Length.Mm(n),
            "cm" => Length.Mm(n * 10),
            "in" => n * 72,
            _ => n,
        };
    }

    private double? Number(YamlNode node) =>
        double.TryParse(Scalar(node), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : Bad<double?>(null, node, $"a number is expected, is '{Scalar(node)}'");

    private int? Int(YamlNode node) =>
        int.TryParse(Scalar(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : Bad<int?>(null, node, $"a whole number is expected, is '{Scalar(node)}'");

    private bool? Bool(YamlNode node) => Scalar(node) switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        var other => Bad<bool?>(null, node, $"true or false is expected, is '{other}'"),
    };

    private RgbColor? Color(YamlNode node)
    {
        var text = Scalar(node) ?? "";
        if (text.Length == 7 && text[0] == '#' && int.TryParse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return new RgbColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        }

        return Bad<RgbColor?>(null, node, $"a colour is #RRGGBB, is '{text}'");
    }

    private T Enum<T>(YamlNode node, T fallback)
        where T : struct, Enum
    {
        var text = Scalar(node) ?? "";
        return System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(text[0])
            ? value
            : Bad(fallback, node, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<T>().Select(Camel))}");
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string? Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value : null;

    private T Bad<T>(T fallback, YamlNode node, string message)
    {
        Report(node.Start, message);
        return fallback;
    }

    private void Report(Mark mark, string message) => problems.Add(new Diagnostic(file, new SourceLocation((int)mark.Line, (int)mark.Column), message));
}
