using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Bulletin.Docs.Cli.Input;

/// <summary>
/// Loads front matter and theme files into YamlDotNet's node model after bounding how deep they
/// nest. The node model is built recursively, one stack frame per level, so 100,000 nested <c>[</c>
/// overflow the stack and end the process; YamlDotNet's event parser keeps its own stack, so it
/// counts the depth first and a document nested too deep is a <see cref="YamlException"/> at its place.
/// </summary>
internal static class ShallowYaml
{
    /// <summary>The deepest nesting read; front matter and theme files need three levels (styles: body: font: {…}).</summary>
    public const int MaxDepth = 32;

    /// <summary>The YAML stream of <paramref name="text"/>.</summary>
    /// <exception cref="YamlException">The text is not YAML, or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static YamlStream Load(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    throw new YamlException(parser.Current.Start, parser.Current.End, $"nested more than {MaxDepth} levels deep; a bulletin needs three");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream;
    }
}
