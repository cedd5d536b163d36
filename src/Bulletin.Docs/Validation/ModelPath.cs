using System.Text;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Validation;

/// <summary>
/// The walker's position in the model as a stack of segments (<c>Items</c>, <c>[3]</c>,
/// <c>Body</c> …). Entering and leaving a node costs no allocation; the C#-like path string
/// (<c>Items[3].Body[5].Inlines[0]</c>) is built only when a problem is reported.
/// </summary>
internal sealed class ModelPath
{
    private Segment[] segments = new Segment[16];
    private int count;

    /// <summary>Enters a property; dispose the scope to leave it.</summary>
    public Scope Member(string name) => Push(new Segment(SegmentKind.Member, name, 0));

    /// <summary>Enters a list element; dispose the scope to leave it.</summary>
    public Scope Index(int index) => Push(new Segment(SegmentKind.Index, null, index));

    /// <summary>Enters a theme style by its role; dispose the scope to leave it.</summary>
    public Scope Role(TextRole role) => Push(new Segment(SegmentKind.Role, null, (int)role));

    /// <summary>How many segments the current path has (to render an ancestor's path later).</summary>
    public int Depth => count;

    /// <summary>The current path, with an optional last member appended.</summary>
    public string Render(string? lastMember = null) => Render(count, lastMember);

    /// <summary>The path of the ancestor at <paramref name="depth"/> segments (see <see cref="Depth"/>).</summary>
    public string Render(int depth, string? lastMember = null)
    {
        var text = new StringBuilder(64);
        for (var i = 0; i < Math.Min(depth, count); i++)
        {
            Append(text, segments[i]);
        }

        if (lastMember is not null)
        {
            Append(text, new Segment(SegmentKind.Member, lastMember, 0));
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, Segment segment)
    {
        switch (segment.Kind)
        {
            case SegmentKind.Member:
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(segment.Name);
                break;
            case SegmentKind.Index:
                text.Append('[').Append(segment.Value).Append(']');
                break;
            case SegmentKind.Role:
                text.Append('[').Append(((TextRole)segment.Value).ToString()).Append(']');
                break;
        }
    }

    private Scope Push(Segment segment)
    {
        if (count == segments.Length)
        {
            Array.Resize(ref segments, count * 2);
        }

        segments[count++] = segment;
        return new Scope(this);
    }

    private void Pop() => count--;

    /// <summary>Leaves the segment entered last when disposed (<c>using var _ = path.Member(…)</c>).</summary>
    public readonly struct Scope(ModelPath path) : IDisposable
    {
        /// <summary>Leaves the segment.</summary>
        public void Dispose() => path.Pop();
    }

    private enum SegmentKind
    {
        Member,
        Index,
        Role,
    }

    private readonly record struct Segment(SegmentKind Kind, string? Name, int Value);
}
