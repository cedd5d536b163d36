using System.Text;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>Builds a <see cref="ParagraphText"/> from formatted pieces and model inlines.</summary>
internal sealed class ParagraphTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<TextSpan> _spans = [];
    private readonly List<Range> _atomic = [];

    /// <summary>True when nothing was appended.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>Appends <paramref name="text"/> in <paramref name="format"/>; an atomic piece never breaks.</summary>
    public ParagraphTextBuilder Append(string text, SpanFormat format, bool atomic = false)
    {
        if (text.Length == 0)
        {
            return this;
        }

        var start = _text.Length;
        _text.Append(text);
        _spans.Add(new TextSpan(start, text.Length, format));
        if (atomic)
        {
            _atomic.Add(new Range(start, start + text.Length));
        }

        return this;
    }

    /// <summary>
    /// Appends model inlines set in <paramref name="format"/>: strong in bold, emphasis in the
    /// Quote role's font (楷体 rather than italics), links with their target, line breaks as '\n'.
    /// </summary>
    public ParagraphTextBuilder AppendInlines(IEnumerable<Inline> inlines, SpanFormat format, BulletinTheme theme)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Model.Text text:
                    Append(text.Value, format);
                    break;
                case Strong strong:
                    Append(strong.Value, format with { Bold = true });
                    break;
                case Emphasis emphasis:
                    Append(emphasis.Value, format with { Font = theme[TextRole.Quote].Font });
                    break;
                case Link link:
                    Append(link.Value, format with { LinkTarget = link.Target });
                    break;
                case LineBreak:
                    Append("\n", format);
                    break;
                default:
                    throw new NotSupportedException($"Inline {inline.GetType().Name} is not supported by the page layout.");
            }
        }

        return this;
    }

    /// <summary>The paragraph text.</summary>
    public ParagraphText Build() => new(_text.ToString(), _spans.ToArray()) { AtomicRanges = _atomic.ToArray() };
}
