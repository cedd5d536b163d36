using System.CommandLine;
using System.Reflection;
using Bulletin.Docs.Cli.Input;
using Bulletin.Docs.Cli.Themes;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Serialization;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Cli;

/// <summary>The <c>bulletin</c> command line: render, validate, new, fonts, schema, watch.</summary>
internal static class BulletinCli
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, ConsoleIo io)
    {
        var root = Build(io);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                io.Error.WriteLine("bulletin: " + error.Message);
            }

            io.Error.WriteLine("Run 'bulletin --help' for the commands and options.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            io.Error.WriteLine($"bulletin: internal error, please report it with the input that caused it: {exception}");
            return ExitCodes.InternalError;
        }
    }

    private static RootCommand Build(ConsoleIo io)
    {
        var root = new RootCommand("Chinese bulletins from Markdown or JSON: Word (.docx), PDF and PNG, typeset by Bulletin.Docs.");
        root.Add(RenderCommand(io));
        root.Add(ValidateCommand(io));
        root.Add(NewCommand(io));
        root.Add(FontsCommand(io));
        root.Add(SchemaCommand(io));
        root.Add(WatchCommand(io));
        return root;
    }

    private static Option<string?> ThemeOption() => new("--theme", "-t")
    {
        Description = "newspaper, work-bulletin, press-release, or a theme file (.yaml/.json); overrides the file's theme:",
    };

    private static Option<string?> TemplateOption() => new("--template")
    {
        Description = "a reference .docx whose page setup and named paragraph styles override the theme (README: House style)",
    };

    private static Option<string[]> FontsOption() => new("--fonts")
    {
        Description = "a folder of .ttf/.otf/.ttc fonts to use besides the bundled Noto CJK fonts (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    private static Argument<string[]> FilesArgument() => new("FILE")
    {
        Description = "Markdown (.md) or JSON (.json) bulletins",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Command RenderCommand(ConsoleIo io)
    {
        var files = FilesArgument();
        var output = new Option<string?>("--output", "-o") { Description = "output folder (default: beside each input), or - for standard output" };
        var docx = new Option<bool>("--docx") { Description = "write Word (.docx)" };
        var pdf = new Option<bool>("--pdf") { Description = "write PDF" };
        var png = new Option<bool>("--png") { Description = "write PNG page previews NAME-p1.png …" };
        var dpi = new Option<double>("--dpi") { Description = "PNG resolution in dots per inch", DefaultValueFactory = _ => 96 };
        var theme = ThemeOption();
        var template = TemplateOption();
        var fonts = FontsOption();
        var embedFonts = new Option<bool>("--embed-fonts")
        {
            Description = "embed in the Word file the faces the PDF sets each role in, subset to the characters used (README: The faces in the Word file)",
        };
        var command = new Command("render", "Write DOCX and PDF (by default) or the formats chosen, for each FILE.")
        {
            files, output, docx, pdf, png, dpi, theme, template, fonts, embedFonts,
        };
        command.SetAction(result =>
        {
            var formats = (result.GetValue(docx) ? OutputFormats.Docx : 0) | (result.GetValue(pdf) ? OutputFormats.Pdf : 0) | (result.GetValue(png) ? OutputFormats.Png : 0);
            var request = new RenderRequest(
                result.GetRequiredValue(files),
                result.GetValue(output),
                formats == 0 ? OutputFormats.Docx | OutputFormats.Pdf : formats,
                result.GetValue(dpi),
                result.GetValue(theme),
                result.GetValue(template),
                result.GetValue(fonts) ?? []) { EmbedFonts = result.GetValue(embedFonts) };
            return new Renderer(io).Render(request);
        });
        return command;
    }

    private static Command ValidateCommand(ConsoleIo io)
    {
        var files = FilesArgument();
        var theme = ThemeOption();
        var template = TemplateOption();
        var fonts = FontsOption();
        var command = new Command("validate", "Report every problem of each FILE as file:line:column: message; write nothing.") { files, theme, template, fonts };
        command.SetAction(result => new Renderer(io).Validate(new RenderRequest(
            result.GetRequiredValue(files), null, OutputFormats.Docx | OutputFormats.Pdf, 96, result.GetValue(theme), result.GetValue(template), result.GetValue(fonts) ?? [])));
        return command;
    }

    private static Command NewCommand(ConsoleIo io)
    {
        var kind = new Argument<string>("KIND") { Description = "press-release, work-bulletin or newspaper" };
        kind.AcceptOnlyFromAmong("press-release", "work-bulletin", "newspaper");
        var file = new Argument<string?>("FILE") { Description = "where to write it (default: KIND.md; - for standard output)", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force", "-f") { Description = "replace FILE if it exists" };
        var command = new Command("new", "Write a commented starting Markdown file.") { kind, file, force };
        command.SetAction(result =>
        {
            var name = result.GetRequiredValue(kind);
            var target = result.GetValue(file) ?? name + ".md";
            if (target != "-" && Directory.Exists(Path.GetFullPath(target, io.CurrentDirectory)))
            {
                // A folder, as cp takes one: the file goes into it under its default name.
                target = Path.Combine(target, name + ".md");
            }

            var text = Template(name);
            if (target == "-")
            {
                io.Out.Write(text);
                return ExitCodes.Success;
            }

            // The file's own comment tells how to render it: by the name it is written under.
            var written = Path.GetFileName(target);
            text = text.Replace(name + ".md", written, StringComparison.Ordinal)
                .Replace(name + ".docx", Path.GetFileNameWithoutExtension(written) + ".docx", StringComparison.Ordinal);

            var full = Path.GetFullPath(target, io.CurrentDirectory);
            if (File.Exists(full) && !result.GetValue(force))
            {
                io.Error.WriteLine($"bulletin: {target} exists; choose another name or add --force to replace it");
                return ExitCodes.Usage;
            }

            try
            {
                File.WriteAllText(full, text);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                io.Error.WriteLine($"bulletin: cannot write {target}: {exception.Message}");
                return ExitCodes.IoError;
            }

            io.Out.WriteLine(target);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The starting file for <paramref name="kind"/>, embedded in the tool.</summary>
    internal static string Template(string kind)
    {
        using var stream = typeof(BulletinCli).Assembly.GetManifestResourceStream($"Bulletin.Docs.Cli.Templates.{kind}.md")
            ?? throw new InvalidOperationException($"template {kind} is missing from the tool");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Command FontsCommand(ConsoleIo io)
    {
        var file = new Argument<string?>("FILE") { Description = "a bulletin whose characters to check", Arity = ArgumentArity.ZeroOrOne };
        var theme = ThemeOption();
        var fonts = FontsOption();
        var command = new Command("fonts", "List the faces found, which face each role gets, and the characters of FILE no face covers.") { file, theme, fonts };
        command.SetAction(result => new Renderer(io).Fonts(result.GetValue(file), result.GetValue(theme), result.GetValue(fonts) ?? []));
        return command;
    }

    private static Command SchemaCommand(ConsoleIo io)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the JSON input.");
        command.SetAction(_ =>
        {
            io.Out.WriteLine(BulletinJson.SchemaText());
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command WatchCommand(ConsoleIo io)
    {
        var file = new Argument<string>("FILE") { Description = "the bulletin to re-render whenever it (or a file beside it) is saved" };
        var output = new Option<string?>("--output", "-o") { Description = "output folder (default: beside the input)" };
        var docx = new Option<bool>("--docx") { Description = "write Word (.docx)" };
        var pdf = new Option<bool>("--pdf") { Description = "write PDF" };
        var png = new Option<bool>("--png") { Description = "write PNG page previews" };
        var theme = ThemeOption();
        var template = TemplateOption();
        var fonts = FontsOption();
        var command = new Command("watch", "Render FILE, then again on every save, until Ctrl+C.") { file, output, docx, pdf, png, theme, template, fonts };
        command.SetAction(async (result, cancel) =>
        {
            var formats = (result.GetValue(docx) ? OutputFormats.Docx : 0) | (result.GetValue(pdf) ? OutputFormats.Pdf : 0) | (result.GetValue(png) ? OutputFormats.Png : 0);
            var request = new RenderRequest(
                [result.GetRequiredValue(file)], result.GetValue(output), formats == 0 ? OutputFormats.Docx | OutputFormats.Pdf : formats, 96,
                result.GetValue(theme), result.GetValue(template), result.GetValue(fonts) ?? []);
            if (request.Output == "-")
            {
                io.Error.WriteLine("bulletin: watch writes files; -o - is for render");
                return ExitCodes.Usage;
            }

            return await new Renderer(io).WatchAsync(request, cancel).ConfigureAwait(false);
        });
        return command;
    }
}
