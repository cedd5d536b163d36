using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bulletin.Docs.Serialization;

namespace Bulletin.Docs.Cli.Input;

/// <summary>Reads an input file by its extension: Markdown (.md, .markdown) or the JSON model (.json).</summary>
internal static partial class InputLoader
{
    /// <summary>Reads <paramref name="file"/>; I/O failures surface as <see cref="IOException"/> and <see cref="UnauthorizedAccessException"/>.</summary>
    public static LoadedInput Load(string file)
    {
        if (SourceText.Read(file, out var problem) is not { } text)
        {
            return new LoadedInput(file, null, null, null, new SourceMap(""), [problem!], new HashSet<string>());
        }

        return Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".json" => LoadJson(file, text),
            _ => MarkdownReader.Read(file, text),
        };
    }

    /// <summary>
    /// What BulletinJson accepts: comments and trailing commas, and no member given twice (one of the
    /// two would be dropped without a word).
    /// </summary>
    private static readonly JsonDocumentOptions ReadOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>
    /// The JSON model (BulletinJson). A picture may name a file instead of holding base64 bytes:
    /// <c>"image": { "file": "photo.jpg" }</c> is read relative to the JSON file, format by extension.
    /// </summary>
    private static LoadedInput LoadJson(string file, string text)
    {
        var map = new SourceMap(text);
        var problems = new List<Diagnostic>();
        try
        {
            MapJson(text, map, (at, message) => problems.Add(new Diagnostic(file, at, message)));
            if (problems.Count > 0)
            {
                return new LoadedInput(file, null, null, null, map, problems, new HashSet<string>());
            }

            var node = System.Text.Json.Nodes.JsonNode.Parse(text, documentOptions: ReadOptions);
            var changed = node is not null
                && InlineImageFiles(node, Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", message => problems.Add(new Diagnostic(file, SourceLocation.Start, message)));

            if (problems.Count > 0)
            {
                return new LoadedInput(file, null, null, null, map, problems, new HashSet<string>());
            }

            // Positions in messages refer to the user's text whenever no image file was inlined.
            var document = BulletinJson.Deserialize(changed ? node!.ToJsonString() : text);
            return new LoadedInput(file, document, null, null, map, problems, new HashSet<string>());
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            var message = exception.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            message = cut > 0 ? message[..cut] : message;
            if (exception.Path is { } at && message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            {
                // System.Text.Json names the .NET type it was filling; say what the value should have been.
                message = JsonValueProblem(text, at) ?? message;
            }
            else if (exception.Path is { } place)
            {
                message = InJsonWords(text, place, message) ?? message;
            }

            problems.Add(new Diagnostic(file, new SourceLocation(line, column), message + (exception.Path is { } path ? $" (at {path})" : "")));
            return new LoadedInput(file, null, null, null, map, problems, new HashSet<string>());
        }
    }

    /// <summary>
    /// Records where each value of the JSON starts under its model path (<c>$.items[0].body[2]</c> is
    /// <c>Items[0].Body[2]</c>: the JSON names are the model's in camelCase), so validation problems
    /// point at their line; reports a member given twice in one object at its second place.
    /// </summary>
    private static void MapJson(string text, SourceMap map, Action<SourceLocation, string> report)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        SourceLocation At(long offset)
        {
            var line = lineStarts.BinarySearch((int)offset);
            line = line >= 0 ? line : ~line - 1;
            var column = System.Text.Encoding.UTF8.GetCharCount(bytes, lineStarts[line], (int)offset - lineStarts[line]);
            return new SourceLocation(line + 1, column + 1);
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var frames = new Stack<(string Prefix, bool IsArray, int Index)>();
        var members = new Stack<HashSet<string>>();
        string? property = null;
        string Here()
        {
            if (frames.Count == 0)
            {
                return "";
            }

            var (prefix, isArray, index) = frames.Pop();
            frames.Push((prefix, isArray, isArray ? index + 1 : index));
            var segment = isArray ? $"[{index}]" : char.ToUpperInvariant(property![0]) + property[1..];
            return isArray || prefix.Length == 0 ? prefix + segment : prefix + "." + segment;
        }

        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        if (property is not null && members.Count > 0 && !members.Peek().Add(property))
                        {
                            report(At(reader.TokenStartIndex), $"\"{property}\" is given twice in this object; give each member once");
                        }

                        if (!string.IsNullOrEmpty(property) && frames.Count > 0)
                        {
                            var prefix = frames.Peek().Prefix;
                            map.Add((prefix.Length == 0 ? "" : prefix + ".") + char.ToUpperInvariant(property[0]) + property[1..], At(reader.TokenStartIndex));
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var start = Here();
                        map.Add(start, At(reader.TokenStartIndex));
                        frames.Push((start, reader.TokenType == JsonTokenType.StartArray, 0));
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            members.Push(new HashSet<string>(StringComparer.Ordinal));
                        }

                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (frames.Pop() is { IsArray: false })
                        {
                            members.Pop();
                        }

                        break;
                    default:
                        map.Add(Here(), At(reader.TokenStartIndex));
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the deserializer reports where, with its own message.
        }
    }

    /// <summary>Replaces every <c>{"file": …}</c> image by its bytes; true when one was replaced.</summary>
    private static bool InlineImageFiles(System.Text.Json.Nodes.JsonNode node, string baseDirectory, Action<string> report)
    {
        var changed = false;
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject obj:
                if (obj["image"] is System.Text.Json.Nodes.JsonObject image && image["file"] is System.Text.Json.Nodes.JsonValue fileValue && fileValue.TryGetValue<string>(out var relative))
                {
                    var full = Path.Combine(baseDirectory, relative);
                    var format = Path.GetExtension(relative).ToLowerInvariant() switch
                    {
                        ".png" => "png",
                        ".jpg" or ".jpeg" => "jpeg",
                        _ => null,
                    };
                    if (format is null)
                    {
                        report($"image '{relative}': a picture is a .png, .jpg or .jpeg file (at {image.GetPath()})");
                    }
                    else if (!File.Exists(full))
                    {
                        report($"image '{relative}' does not exist (looked for {full}) (at {image.GetPath()})");
                    }
                    else
                    {
                        // The bytes say what the picture is (a JPEG saved as photo.png is common), as FromFile reads them.
                        var read = Bulletin.Docs.Model.ImageData.FromFile(full);
                        image.Remove("file");
                        image["bytes"] = Convert.ToBase64String(read.Bytes.Span);
                        image["format"] ??= read.Format == Bulletin.Docs.Model.ImageFormat.Jpeg ? "jpeg" : "png";
                        changed = true;
                    }
                }

                foreach (var (_, child) in obj.ToList())
                {
                    changed |= child is not null && InlineImageFiles(child, baseDirectory, report);
                }

                break;
            case System.Text.Json.Nodes.JsonArray array:
                foreach (var child in array)
                {
                    changed |= child is not null && InlineImageFiles(child, baseDirectory, report);
                }

                break;
        }

        return changed;
    }

    /// <summary>
    /// What is wrong with the value at <paramref name="path"/> (<c>$.items[0].placement.side</c>), from
    /// the JSON Schema of the model: a value outside an enum with the values allowed, or a value of
    /// the wrong kind with the kind expected; <c>null</c> when the path or the schema says nothing.
    /// </summary>
    private static string? JsonValueProblem(string text, string path)
    {
        JsonNode? value;
        try
        {
            value = JsonNode.Parse(text, documentOptions: ReadOptions);
        }
        catch (JsonException)
        {
            return null;
        }

        var root = BulletinJson.Schema();
        var schema = root;
        foreach (Match segment in PathSegment().Matches(path))
        {
            if (segment.Groups["name"].Success)
            {
                var name = segment.Groups["name"].Value;
                value = (value as JsonObject)?[name];
                schema = Alternatives(root, schema).Select(alternative => alternative["properties"]?[name]).FirstOrDefault(found => found is not null);
            }
            else
            {
                var index = int.Parse(segment.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                value = value is JsonArray array && index < array.Count ? array[index] : null;
                schema = Alternatives(root, schema).Select(alternative => alternative["items"]).FirstOrDefault(found => found is not null);
            }

            if (schema is null)
            {
                return null;
            }
        }

        var shown = value is null ? "null" : value.GetValueKind() == JsonValueKind.String ? $"'{Shortened(value.GetValue<string>())}'" : Shortened(value.ToJsonString());
        var node = Alternatives(root, schema).First();
        if (node["enum"] is JsonArray allowed)
        {
            return $"{shown} is not one of: {string.Join(", ", allowed.OfType<JsonNode>().Select(option => option.ToString()))}";
        }

        var types = node["type"] switch
        {
            JsonArray many => many.Select(type => type?.ToString()).ToList(),
            { } one => [one.ToString()],
            null => [],
        };
        types.Remove("null");
        if (value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String && types.Contains("string"))
        {
            // The right kind of value in the wrong form: say which form.
            return (string?)node["format"] switch
            {
                "date" => $"{shown} is not a date such as 2025-01-07",
                "date-time" => $"{shown} is not a time with its offset, e.g. 2025-01-07T09:00:00+08:00",
                _ when (string?)node["contentEncoding"] == "base64" => $"{shown} is not base64 (RFC 4648 §4: A–Z, a–z, 0–9, + and /, padded with =)",
                _ => null,
            };
        }

        var kind = value?.GetValueKind() switch
        {
            null or JsonValueKind.Null => "null",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Array => "an array",
            _ => "an object",
        };
        return types.Count == 0 ? null
            : $"{(kind == "null" ? "null" : $"{shown} is {kind}")} where {string.Join(" or ", types.Select(type => type is "integer" or "object" or "array" ? "an " + type : "a " + type))} is expected";
    }

    /// <summary>A value as a message shows it: a long one (a picture's base64) cut to its first 40 characters.</summary>
    private static string Shortened(string value) => value.Length <= 48 ? value : value[..40] + $"… ({value.Length} characters)";

    /// <summary>
    /// System.Text.Json's messages that name .NET types and members, told in the JSON's words with the
    /// schema's names: a missing required member, an unknown member or <c>type</c>, a null where none is
    /// allowed. <c>null</c> for any other message.
    /// </summary>
    private static string? InJsonWords(string text, string path, string message)
    {
        if (MissingMembers().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups["names"].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries);
            var what = missing.Groups["type"].Value.Split('.')[^1] switch
            {
                "BulletinDocument" => "a bulletin",
                "PictureNews" => "picture news",
                "ImageData" => "an image",
                var named => Words(named),
            };
            return $"{what} needs {(names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1])}";
        }

        if (UnknownMember().Match(message) is { Success: true } unknown)
        {
            var parent = path[..Math.Max(path.LastIndexOf('.'), 1)];
            var known = ObjectSchema(text, parent)?["properties"] is JsonObject properties ? properties.Select(p => p.Key).Where(k => k != "type").ToList() : [];
            return known.Count == 0 ? $"unknown member '{unknown.Groups["name"].Value}'" : $"unknown member '{unknown.Groups["name"].Value}' (known here: {string.Join(", ", known)})";
        }

        if (UnknownType().Match(message) is { Success: true } type)
        {
            var schema = SchemaAt(path);
            var kinds = schema is null ? [] : Alternatives(BulletinJson.Schema(), schema).Select(a => (string?)a["properties"]?["type"]?["const"]).OfType<string>().ToList();
            return $"unknown type '{type.Groups["id"].Value}'" + (kinds.Count > 0 ? $" (one of: {string.Join(", ", kinds)})" : "");
        }

        if (NullNotAllowed().Match(message) is { Success: true } nullValue)
        {
            var name = nullValue.Groups["name"].Value;
            return $"'{char.ToLowerInvariant(name[0]) + name[1..]}' cannot be null";
        }

        return null;

        // "DistributionLine" → "a distribution line".
        static string Words(string type)
        {
            var words = string.Concat(type.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
            return ("aeiou".Contains(words[0], StringComparison.Ordinal) ? "an " : "a ") + words;
        }
    }

    /// <summary>The schema node of the value at <paramref name="path"/> (<c>$.items[0]</c>), <c>$ref</c>s followed; <c>null</c> when the schema says nothing.</summary>
    private static JsonNode? SchemaAt(string path)
    {
        var root = BulletinJson.Schema();
        JsonNode? schema = root;
        foreach (Match segment in PathSegment().Matches(path))
        {
            var key = segment.Groups["name"].Success ? "properties" : "items";
            var current = schema;
            schema = Alternatives(root, current!).Select(a => key == "items" ? a["items"] : a["properties"]?[segment.Groups["name"].Value]).FirstOrDefault(found => found is not null);
            if (schema is null)
            {
                return null;
            }
        }

        return Resolve(root, schema!);
    }

    /// <summary>The schema of the object at <paramref name="path"/>: for an item, block or inline, the alternative its <c>type</c> names.</summary>
    private static JsonNode? ObjectSchema(string text, string path)
    {
        var schema = SchemaAt(path);
        if (schema is null)
        {
            return null;
        }

        string? kind = null;
        try
        {
            JsonNode? value = JsonNode.Parse(text, documentOptions: ReadOptions);
            foreach (Match segment in PathSegment().Matches(path))
            {
                value = segment.Groups["name"].Success
                    ? (value as JsonObject)?[segment.Groups["name"].Value]
                    : value is JsonArray array && int.Parse(segment.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) is var index && index < array.Count ? array[index] : null;
            }

            kind = (value as JsonObject)?["type"] is JsonValue named && named.TryGetValue<string>(out var name) ? name : null;
        }
        catch (JsonException)
        {
            // Text the deserializer already failed on: without its kind, the first alternative is named.
        }

        var alternatives = Alternatives(BulletinJson.Schema(), schema).ToList();
        return alternatives.FirstOrDefault(a => kind is not null && (string?)a["properties"]?["type"]?["const"] == kind)
            ?? alternatives.FirstOrDefault(a => a["properties"] is not null);
    }

    [GeneratedRegex(@"^JSON deserialization for type '(?<type>[\w.]+)' was missing required properties including: (?<names>.*)\.$")]
    private static partial Regex MissingMembers();

    [GeneratedRegex(@"^The JSON property '(?<name>.*)' could not be mapped to any \.NET member contained in type '.*'\.$")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"^Read unrecognized type discriminator id '(?<id>.*)'\.$")]
    private static partial Regex UnknownType();

    [GeneratedRegex(@"^The constructor parameter '(?<name>\w+)' on type '.*' doesn't allow null values\.")]
    private static partial Regex NullNotAllowed();

    /// <summary><paramref name="schema"/> with its <c>$ref</c> resolved, then each of its <c>anyOf</c>/<c>oneOf</c> alternatives.</summary>
    private static IEnumerable<JsonNode> Alternatives(JsonNode root, JsonNode schema)
    {
        var resolved = Resolve(root, schema);
        yield return resolved;
        foreach (var key in (string[])["anyOf", "oneOf"])
        {
            if (resolved[key] is JsonArray alternatives)
            {
                foreach (var alternative in alternatives.OfType<JsonNode>())
                {
                    yield return Resolve(root, alternative);
                }
            }
        }
    }

    /// <summary>A schema node with its local <c>$ref</c> (<c>#/…</c>, a JSON Pointer) followed.</summary>
    private static JsonNode Resolve(JsonNode root, JsonNode schema)
    {
        for (var hops = 0; hops < 16 && schema is JsonObject obj && obj["$ref"]?.ToString() is { } reference && reference.StartsWith('#'); hops++)
        {
            var target = root;
            foreach (var part in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                target = target?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }

            if (target is null)
            {
                break;
            }

            schema = target;
        }

        return schema;
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)|\[(?<index>[0-9]+)\]")]
    private static partial Regex PathSegment();
}
