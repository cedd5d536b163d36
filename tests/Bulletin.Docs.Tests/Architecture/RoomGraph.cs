using System.Text.RegularExpressions;

namespace Bulletin.Docs.Tests.Architecture;

/// <summary>
/// Which room (namespace) of the library uses which, read from the source: a file's
/// <c>using Bulletin.Docs…</c> lines, the types of an enclosing namespace it names without a using
/// (C# lets <c>Layout.Flow</c> see <c>Layout</c>'s types), and names qualified by a namespace
/// (<c>Theme.RgbColor</c>, <c>Flow.IParagraphLayouter</c>).
/// </summary>
internal sealed partial class RoomGraph
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> edges = new(StringComparer.Ordinal);

    private RoomGraph()
    {
    }

    /// <summary>Every room.</summary>
    public SortedSet<string> Rooms { get; } = new(StringComparer.Ordinal);

    /// <summary>The graph of the C# files under <paramref name="sourceFolder"/> (bin and obj left out).</summary>
    public static RoomGraph Read(string sourceFolder)
    {
        var files = Directory.EnumerateFiles(sourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Text: File.ReadAllText(path)))
            .Select(file => (file.Path, Namespace: Namespace().Match(file.Text) is { Success: true } match ? match.Groups[1].Value : null, Code: WithoutCommentsAndStrings(file.Text)))
            .Where(file => file.Namespace is not null)
            .ToList();
        var graph = new RoomGraph();
        var types = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            graph.Rooms.Add(file.Namespace!);
            if (!types.TryGetValue(file.Namespace!, out var declared))
                types[file.Namespace!] = declared = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match type in TypeDeclaration().Matches(file.Code))
                declared.Add(type.Groups[1].Value);
        }

        foreach (var (path, room, code) in files)
        {
            var name = Path.GetFileName(path);
            foreach (Match use in Using().Matches(code))
            {
                if (graph.RoomOf(use.Groups[1].Value) is { } used)
                    graph.Add(room!, used, $"{name}: using {use.Groups[1].Value}");
            }

            var words = new HashSet<string>(Word().Matches(code).Select(match => match.Value), StringComparer.Ordinal);
            foreach (var enclosing in Enclosing(room!))
            {
                if (types.TryGetValue(enclosing, out var declared) && declared.FirstOrDefault(words.Contains) is { } type)
                    graph.Add(room!, enclosing, $"{name}: names {type} of the enclosing namespace");
            }

            foreach (Match qualified in Qualified().Matches(code))
            {
                var prefix = qualified.Groups[1].Value.TrimEnd('.');
                foreach (var scope in Enclosing(room!).Prepend(room!).Append("Bulletin.Docs"))
                {
                    if (graph.RoomOf($"{scope}.{prefix}") is { } used && used.Length > scope.Length)
                    {
                        graph.Add(room!, used, $"{name}: {qualified.Value}");
                        break;
                    }
                }
            }
        }

        return graph;
    }

    /// <summary>The rooms <paramref name="room"/> uses, each with the evidence.</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Uses(string room) =>
        edges.TryGetValue(room, out var uses) ? uses : new Dictionary<string, SortedSet<string>>();

    /// <summary>A copy of the graph without the arrows in <paramref name="arrows"/>.</summary>
    public RoomGraph Without(IReadOnlySet<(string From, string To)> arrows)
    {
        var copy = new RoomGraph();
        copy.Rooms.UnionWith(Rooms);
        foreach (var (from, uses) in edges)
        {
            foreach (var (to, why) in uses)
            {
                if (arrows.Contains((from, to))) continue;
                foreach (var evidence in why) copy.Add(from, to, evidence);
            }
        }

        return copy;
    }

    /// <summary>Every set of rooms that use each other in a circle (strongly connected components of two or more rooms).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();
        var counter = 0;

        void Visit(string room)
        {
            index[room] = low[room] = counter++;
            stack.Push(room);
            onStack.Add(room);
            foreach (var used in Uses(room).Keys)
            {
                if (!index.ContainsKey(used))
                {
                    Visit(used);
                    low[room] = Math.Min(low[room], low[used]);
                }
                else if (onStack.Contains(used))
                {
                    low[room] = Math.Min(low[room], index[used]);
                }
            }

            if (low[room] != index[room]) return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != room);
            if (component.Count > 1) cycles.Add([.. component.Order(StringComparer.Ordinal)]);
        }

        foreach (var room in Rooms)
            if (!index.ContainsKey(room)) Visit(room);
        return cycles;
    }

    /// <summary>The room a namespace or a type's full name belongs to, or null when it is none of ours.</summary>
    private string? RoomOf(string name)
    {
        for (var candidate = name; ; candidate = candidate[..candidate.LastIndexOf('.')])
        {
            if (Rooms.Contains(candidate)) return candidate;
            if (!candidate.Contains('.', StringComparison.Ordinal)) return null;
        }
    }

    private void Add(string from, string to, string evidence)
    {
        if (from == to) return;
        if (!edges.TryGetValue(from, out var uses)) edges[from] = uses = new(StringComparer.Ordinal);
        if (!uses.TryGetValue(to, out var why)) uses[to] = why = new(StringComparer.Ordinal);
        why.Add(evidence);
    }

    /// <summary>The namespaces enclosing <paramref name="room"/>, innermost first, below the library's own root.</summary>
    private static IEnumerable<string> Enclosing(string room)
    {
        for (var dot = room.LastIndexOf('.'); dot > 0; dot = room.LastIndexOf('.', dot - 1))
        {
            var enclosing = room[..dot];
            if (enclosing.Count(c => c == '.') < 1) yield break;
            yield return enclosing;
        }
    }

    private static string WithoutCommentsAndStrings(string code) =>
        StringLiteral().Replace(LineComment().Replace(code, string.Empty), "\"\"");

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(Bulletin\.Docs[\w.]*)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+(\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<![\w.])((?:[A-Z]\w*\.)+)[A-Z]\w*")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"@?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();
}
