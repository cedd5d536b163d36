using System.Globalization;
using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bulletin.Docs.Cli.Input;

internal sealed partial class MarkdownReader
{
    /// <summary>
    /// The YAML front matter: <c>theme</c>, <c>contents</c>, <c>masthead</c>, <c>edition</c>,
    /// <c>firstPageNumber</c>, <c>metadata</c> and <c>distribution</c>, with the JSON model's member names. Read node by node (no reflection), so
    /// each unknown key or bad value is reported at its own line.
    /// </summary>
    private sealed class FrontMatter(MarkdownReader reader)
    {
        private int firstLine;

        public Masthead? Masthead { get; private set; }

        public Edition? Edition { get; private set; }

        public int? FirstPageNumber { get; private set; }

        public DocumentMetadata? Metadata { get; private set; }

        public Distribution? Distribution { get; private set; }

        public void Read(YamlFrontMatterBlock block)
        {
            var raw = reader.text.Substring(block.Span.Start, Math.Min(block.Span.Length, reader.text.Length - block.Span.Start));
            var lines = raw.Split('\n').ToList();
            lines.RemoveAt(0);
            if (lines.Count > 0 && lines[^1].TrimEnd() is "---" or "...")
            {
                lines.RemoveAt(lines.Count - 1);
            }

            firstLine = block.Line + 1;
            YamlStream stream;
            try
            {
                stream = ShallowYaml.Load(string.Join('\n', lines));
            }
            catch (YamlException exception)
            {
                reader.Report(At(exception.Start), "front matter is not valid YAML: " + exception.Message);
                return;
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                reader.Report(At(stream.Documents[0].RootNode.Start), "front matter is a list of key: value lines");
                return;
            }

            foreach (var (keyNode, value) in root.Children)
            {
                var key = Key(keyNode);
                reader.map.Add(key switch
                {
                    "masthead" => "Masthead",
                    "edition" => "Edition",
                    "firstPageNumber" => "FirstPageNumber",
                    "metadata" => "Metadata",
                    "distribution" => "Distribution",
                    "theme" or "contents" => "Theme",
                    _ => "#" + key,
                }, At(keyNode.Start));
                switch (key)
                {
                    case "theme":
                        if (Scalar(value, "theme") is { } theme)
                        {
                            reader.theme = new ThemeReference(theme, reader.baseDirectory, reader.file, At(value.Start));
                        }

                        break;
                    case "contents":
                        reader.contents = Bool(value, "contents");
                        break;
                    case "masthead":
                        Masthead = ReadMasthead(value);
                        break;
                    case "edition":
                        Edition = ReadEdition(value);
                        break;
                    case "firstPageNumber":
                        FirstPageNumber = Integer(value, key);
                        break;
                    case "metadata":
                        Metadata = ReadMetadata(value);
                        break;
                    case "distribution":
                        Distribution = ReadDistribution(value);
                        break;
                    default:
                        Unknown(keyNode, key, "theme, contents, masthead, edition, firstPageNumber, metadata, distribution");
                        break;
                }
            }
        }

        private Masthead? ReadMasthead(YamlNode node)
        {
            if (Mapping(node, "masthead") is not { } mapping)
            {
                return null;
            }

            string? name = null, issue = null, edition = null, unit = null, secrecy = null, serial = null;
            DateOnly? date = null;
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = Key(keyNode);
                var member = key switch
                {
                    "name" => "Name",
                    "issueLabel" => "IssueLabel",
                    "editionLabel" => "EditionLabel",
                    "date" => "Date",
                    "editingUnit" => "EditingUnit",
                    "secrecyMark" => "SecrecyMark",
                    "serialNumber" => "SerialNumber",
                    _ => null,
                };
                if (member is null)
                {
                    Unknown(keyNode, "masthead." + key, "name, issueLabel, editionLabel, date, editingUnit, secrecyMark, serialNumber");
                    continue;
                }

                reader.map.Add("Masthead." + member, At(value.Start));
                switch (key)
                {
                    case "name": name = Scalar(value, key); break;
                    case "issueLabel": issue = Scalar(value, key); break;
                    case "editionLabel": edition = Scalar(value, key); break;
                    case "editingUnit": unit = Scalar(value, key); break;
                    case "secrecyMark": secrecy = Scalar(value, key); break;
                    case "serialNumber": serial = Scalar(value, key); break;
                    default:
                        if (Scalar(value, key) is { } text)
                        {
                            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                            {
                                date = parsed;
                            }
                            else
                            {
                                reader.Report(At(value.Start), $"masthead date must be written 2025-01-07, is '{text}'");
                            }
                        }

                        break;
                }
            }

            if (name is null)
            {
                reader.Report(At(node.Start), "the masthead needs a name: (e.g. name: 工作简报)");
                return null;
            }

            return new Masthead { Name = name, IssueLabel = issue, EditionLabel = edition, Date = date, EditingUnit = unit, SecrecyMark = secrecy, SerialNumber = serial };
        }

        private DocumentMetadata? ReadMetadata(YamlNode node)
        {
            if (Mapping(node, "metadata") is not { } mapping)
            {
                return null;
            }

            var metadata = new DocumentMetadata();
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = Key(keyNode);
                var member = key switch
                {
                    "title" => "Title",
                    "author" => "Author",
                    "subject" => "Subject",
                    "keywords" => "Keywords",
                    "language" => "Language",
                    "created" => "Created",
                    "modified" => "Modified",
                    _ => null,
                };
                if (member is null)
                {
                    Unknown(keyNode, "metadata." + key, "title, author, subject, keywords, language, created, modified");
                    continue;
                }

                reader.map.Add("Metadata." + member, At(value.Start));
                metadata = key switch
                {
                    "title" => metadata with { Title = Scalar(value, key) },
                    "author" => metadata with { Author = Scalar(value, key) },
                    "subject" => metadata with { Subject = Scalar(value, key) },
                    "language" => metadata with { Language = Scalar(value, key) ?? metadata.Language },
                    "keywords" => metadata with { Keywords = List(value, key) },
                    "created" => metadata with { Created = Time(value, key) },
                    _ => metadata with { Modified = Time(value, key) },
                };
            }

            return metadata;
        }

        private Edition? ReadEdition(YamlNode node)
        {
            if (Mapping(node, "edition") is not { } mapping)
            {
                return null;
            }

            int? number = null;
            string? name = null;
            bool? masthead = null;
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = Key(keyNode);
                var member = key switch
                {
                    "number" => "Number",
                    "name" => "Name",
                    "opensWithMasthead" => "OpensWithMasthead",
                    _ => null,
                };
                if (member is null)
                {
                    Unknown(keyNode, "edition." + key, "number, name, opensWithMasthead");
                    continue;
                }

                reader.map.Add("Edition." + member, At(value.Start));
                switch (key)
                {
                    case "number": number = Integer(value, key); break;
                    case "name": name = Scalar(value, key); break;
                    default: masthead = Bool(value, key); break;
                }
            }

            if (number is null)
            {
                reader.Report(At(node.Start), "the edition needs a number: (e.g. number: 2 for 第2版)");
                return null;
            }

            return new Edition { Number = number.Value, Name = name, OpensWithMasthead = masthead };
        }

        private int? Integer(YamlNode node, string key)
        {
            var text = Scalar(node, key);
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            reader.Report(At(node.Start), $"{key} is a whole number, is '{text}'");
            return null;
        }

        private Distribution? ReadDistribution(YamlNode node)
        {
            if (Mapping(node, "distribution") is not { } mapping)
            {
                return null;
            }

            var lines = new List<DistributionLine>();
            int? printRun = null;
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = Key(keyNode);
                if (key is "printRun" or "共印")
                {
                    reader.map.Add("Distribution.PrintRun", At(value.Start));
                    var text = Scalar(value, key);
                    if (text is not null)
                    {
                        if (int.TryParse(text.Trim().TrimEnd('份'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var copies))
                        {
                            printRun = copies;
                        }
                        else
                        {
                            reader.Report(At(value.Start), $"{key} is a number of copies, is '{text}'");
                        }
                    }

                    continue;
                }

                reader.map.Add($"Distribution.Lines[{lines.Count}]", At(keyNode.Start));
                lines.Add(new DistributionLine(key, Scalar(value, key) ?? ""));
            }

            return new Distribution { Lines = lines, PrintRun = printRun };
        }

        private string Key(YamlNode key) => key is YamlScalarNode { Value: { } value } ? value : key.ToString();

        private void Unknown(YamlNode keyNode, string key, string known) =>
            reader.Report(At(keyNode.Start), $"unknown front matter key '{key}' (known here: {known})");

        private YamlMappingNode? Mapping(YamlNode node, string key)
        {
            if (node is YamlMappingNode mapping)
            {
                return mapping;
            }

            reader.Report(At(node.Start), $"{key} holds key: value lines, indented under it");
            return null;
        }

        private string? Scalar(YamlNode node, string key)
        {
            if (node is YamlScalarNode scalar)
            {
                return string.IsNullOrEmpty(scalar.Value) ? null : scalar.Value;
            }

            reader.Report(At(node.Start), $"{key} is a single value");
            return null;
        }

        private bool? Bool(YamlNode node, string key) => Scalar(node, key) switch
        {
            null => null,
            "true" or "yes" or "是" => true,
            "false" or "no" or "否" => false,
            var other => Fail(node, other),
        };

        private bool? Fail(YamlNode node, string value)
        {
            reader.Report(At(node.Start), $"'{value}' is neither true nor false");
            return null;
        }

        private IReadOnlyList<string> List(YamlNode node, string key)
        {
            if (node is YamlSequenceNode sequence)
            {
                return [.. sequence.Children.Select(child => Scalar(child, key) ?? "")];
            }

            return Scalar(node, key) is { } single ? [single] : [];
        }

        private DateTimeOffset? Time(YamlNode node, string key)
        {
            var text = Scalar(node, key);
            if (text is null)
            {
                return null;
            }

            // ISO 8601 with an explicit offset: the file, not the machine's time zone, says when.
            if (DateTimeOffset.TryParseExact(text, ["yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mmzzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time;
            }

            reader.Report(At(node.Start), $"{key} is a time with its offset, e.g. 2025-01-07T09:00:00+08:00; is '{text}'");
            return null;
        }

        private SourceLocation At(Mark mark) => new(firstLine + (int)mark.Line, (int)mark.Column);
    }
}
