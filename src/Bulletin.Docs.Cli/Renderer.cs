using Bulletin.Docs.Cli.Input;
using Bulletin.Docs.Cli.Themes;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Validation;
using Bulletin.Docs.Word;
using Spectre.Console;

namespace Bulletin.Docs.Cli;

/// <summary>The formats <c>render</c> writes.</summary>
[Flags]
internal enum OutputFormats
{
    /// <summary>Word.</summary>
    Docx = 1,

    /// <summary>PDF.</summary>
    Pdf = 2,

    /// <summary>PNG page previews.</summary>
    Png = 4,
}

/// <summary>What to render and how, from the command line.</summary>
internal sealed record RenderRequest(
    IReadOnlyList<string> Files,
    string? Output,
    OutputFormats Formats,
    double Dpi,
    string? Theme,
    string? Template,
    IReadOnlyList<string> FontFolders)
{
    /// <summary>Embed the faces the layout drew with in the Word file (<c>--embed-fonts</c>).</summary>
    public bool EmbedFonts { get; init; }
}

/// <summary>Reads inputs, reports their problems as file:line:column and writes the outputs.</summary>
internal sealed class Renderer(ConsoleIo io)
{
    private FontRegistry? fonts;

    /// <summary><c>bulletin render</c>.</summary>
    public int Render(RenderRequest request)
    {
        if (UnknownOption(request))
        {
            return ExitCodes.Usage;
        }

        if (request.Output == "-" && (request.Files.Count != 1 || !IsSingleFormat(request.Formats)))
        {
            io.Error.WriteLine("bulletin: -o - writes one output to standard output: give one FILE and exactly one of --docx, --pdf or --png (PNG: one page)");
            return ExitCodes.Usage;
        }

        if (request.Output is { } output && output != "-" && File.Exists(Path.GetFullPath(output, io.CurrentDirectory)))
        {
            io.Error.WriteLine($"bulletin: -o {output} is a file; -o names the folder to write into (or - for standard output)");
            return ExitCodes.Usage;
        }

        if (request.EmbedFonts && (request.Formats & OutputFormats.Docx) == 0)
        {
            io.Error.WriteLine("bulletin: --embed-fonts puts the PDF's faces in the Word file, and no Word file is asked for: add --docx, or leave the formats out for DOCX and PDF");
            return ExitCodes.Usage;
        }

        if (request.Dpi is not (>= BulletinPng.MinDpi and <= BulletinPng.MaxDpi))
        {
            io.Error.WriteLine($"bulletin: --dpi is between {BulletinPng.MinDpi} and {BulletinPng.MaxDpi}, is {request.Dpi}");
            return ExitCodes.Usage;
        }

        // Two inputs whose outputs share a name (a/x.md and b/x.md with -o out, or x.md and x.json)
        // would write the same files, the second over the first.
        var clash = request.Files
            .GroupBy(file => OutputStem(file, request), StringComparer.Ordinal)
            .FirstOrDefault(group => group.Distinct(StringComparer.Ordinal).Count() > 1);
        if (clash is not null)
        {
            var files = clash.Distinct(StringComparer.Ordinal).ToList();
            io.Error.WriteLine($"bulletin: {string.Join(" and ", files)} would write the same files ({Shown(clash.Key)}.*), one over the other: render them into different folders with -o, or rename one");
            return ExitCodes.Usage;
        }

        var exit = ExitCodes.Success;
        if (io.Interactive && request.Files.Count > 1 && request.Output != "-")
        {
            exit = RenderWithProgress(request);
        }
        else
        {
            foreach (var file in request.Files)
            {
                var written = new List<string>();
                exit = Worse(exit, RenderOne(file, request, written));
                foreach (var path in written)
                {
                    io.Out.WriteLine(path);
                }
            }
        }

        return exit;
    }

    /// <summary>
    /// Many files on a terminal: a progress bar on standard error, then the written paths. Kept in a
    /// method of its own so Spectre.Console is loaded only when a terminal asks for it.
    /// </summary>
    private int RenderWithProgress(RenderRequest request)
    {
        var exit = ExitCodes.Success;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Error) });
        var written = new List<string>();
        console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("rendering", maxValue: request.Files.Count);
                foreach (var file in request.Files)
                {
                    task.Description = Markup.Escape(Path.GetFileName(file));
                    exit = Worse(exit, RenderOne(file, request, written));
                    task.Increment(1);
                }
            });
        foreach (var path in written)
        {
            io.Out.WriteLine(path);
        }

        return exit;
    }

    /// <summary><c>bulletin validate</c>: every problem of every file, nothing written.</summary>
    public int Validate(RenderRequest request)
    {
        if (UnknownOption(request))
        {
            return ExitCodes.Usage;
        }

        var exit = ExitCodes.Success;
        foreach (var file in request.Files)
        {
            exit = Worse(exit, Prepare(file, request, out _, out _, out _));
        }

        return exit;
    }

    /// <summary><c>bulletin fonts</c>: the faces, each role's face, and what FILE needs that no face has.</summary>
    public int Fonts(string? file, string? themeName, IReadOnlyList<string> folders)
    {
        var status = LoadFonts(folders);
        if (status != ExitCodes.Success)
        {
            return status;
        }

        var registry = fonts!;
        io.Out.WriteLine("Faces:");
        foreach (var family in registry.Families)
        {
            io.Out.WriteLine("  " + family);
        }

        io.Out.WriteLine("Fallback order: " + string.Join(", ", registry.FallbackFamilies));
        var theme = BulletinThemes.PressRelease;
        var reference = themeName is not null ? new ThemeReference(themeName, io.CurrentDirectory, "--theme", SourceLocation.Start) : FileTheme(file);
        if (reference is not null)
        {
            var themeProblems = new List<Diagnostic>();
            var themeStatus = ResolveTheme(reference, out var resolved, themeProblems);
            foreach (var problem in themeProblems)
            {
                io.Error.WriteLine(problem);
            }

            if (themeStatus != ExitCodes.Success || resolved is null)
            {
                return themeStatus == ExitCodes.Success ? ExitCodes.InputProblems : themeStatus;
            }

            theme = resolved;
        }

        io.Out.WriteLine($"Roles in theme {theme.Name}: the face Word is told -> the face the PDF and PNG use:");
        IReadOnlyList<RoleFace> faces;
        try
        {
            faces = BulletinLayoutEngine.Faces(new BulletinOptions { Theme = theme, Fonts = registry });
        }
        catch (BulletinValidationException exception)
        {
            foreach (var problem in exception.Problems)
            {
                io.Error.WriteLine(problem.ToString());
            }

            return ExitCodes.InputProblems;
        }

        foreach (var face in faces)
        {
            io.Out.WriteLine($"  {face.Role,-16} {face.WantedFace} -> {face.FaceUsed}{(face.IsStandIn ? " (stand-in: the wanted face is not installed)" : "")}");
        }

        if (file is null)
        {
            return ExitCodes.Success;
        }

        var request = new RenderRequest([file], null, OutputFormats.Pdf, 96, themeName, null, folders);
        var exit = Prepare(file, request, out _, out _, out _, onlyFonts: true);
        if (exit == ExitCodes.Success)
        {
            io.Out.WriteLine($"Every character of {file} is covered.");
        }

        return exit;
    }

    /// <summary>
    /// The <c>theme:</c> an input names (front matter), or <c>null</c>: none, no input, or one that cannot
    /// be read — <see cref="Prepare"/> reports that when it checks the characters.
    /// </summary>
    private ThemeReference? FileTheme(string? file)
    {
        if (file is null)
        {
            return null;
        }

        try
        {
            var input = InputLoader.Load(Path.GetFullPath(file, io.CurrentDirectory));
            return input.Theme is { } named ? named with { File = file } : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// What a change in the watched folder can matter to: inputs, pictures, theme files and templates.
    /// Any other file changing beside the input (a log the tool's own output is redirected to, an
    /// editor's swap file) renders nothing.
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> WatchedKinds = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        [".md", ".markdown", ".json", ".yaml", ".yml", ".png", ".jpg", ".jpeg", ".docx"], StringComparer.OrdinalIgnoreCase);

    /// <summary><c>bulletin watch</c>: renders now and after every change to an input, picture or theme in the input's folder.</summary>
    public async Task<int> WatchAsync(RenderRequest request, CancellationToken cancel)
    {
        var file = request.Files[0];
        var full = Path.GetFullPath(file, io.CurrentDirectory);
        if (!File.Exists(full))
        {
            io.Error.WriteLine($"bulletin: {file} does not exist");
            return ExitCodes.IoError;
        }

        var written = new HashSet<string>(StringComparer.Ordinal);
        void Once()
        {
            var paths = new List<string>();
            var exit = RenderOne(file, request, paths);
            foreach (var path in paths)
            {
                written.Add(Path.GetFullPath(path, io.CurrentDirectory));
            }

            io.Error.WriteLine(exit == ExitCodes.Success ? $"bulletin: rendered {file} ({string.Join(", ", paths.Select(Path.GetFileName))}); watching for changes, Ctrl+C to stop" : $"bulletin: {file} has problems; fix and save to render again");
        }

        Once();
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(full)!) { IncludeSubdirectories = false, EnableRaisingEvents = true };
        var changes = System.Threading.Channels.Channel.CreateUnbounded<string>();
        FileSystemEventHandler changed = (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Renamed += (_, e) => changes.Writer.TryWrite(e.FullPath);
        try
        {
            while (true)
            {
                var path = await changes.Reader.ReadAsync(cancel).ConfigureAwait(false);
                if (written.Contains(path) || Path.GetFileName(path).StartsWith('.') || !WatchedKinds.Contains(Path.GetExtension(path)))
                {
                    continue;
                }

                // Editors save in several steps; wait until the folder is quiet, then render once.
                await Task.Delay(150, cancel).ConfigureAwait(false);
                while (changes.Reader.TryRead(out _))
                {
                }

                Once();
            }
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }
    }

    /// <summary>Where <paramref name="file"/>'s outputs go, without their extension: the folder (-o, or the input's own) and the input's name.</summary>
    private string OutputStem(string file, RenderRequest request)
    {
        var full = Path.GetFullPath(file, io.CurrentDirectory);
        var folder = request.Output is null or "-" ? Path.GetDirectoryName(full)! : Path.GetFullPath(request.Output, io.CurrentDirectory);
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(full));
    }

    private int RenderOne(string file, RenderRequest request, List<string> written)
    {
        // Every output comes from one layout, a Word file on its own too: it carries the layout's page
        // make-up (WordMakeUp), so the .docx is the same bytes whichever other formats are asked for.
        var word = new WordOptions { EmbedFonts = request.EmbedFonts };
        var status = Prepare(file, request, out var document, out var options, out var map);
        if (status != ExitCodes.Success)
        {
            return status;
        }

        if (document!.Items.Count == 0 && document.Masthead is null && document.Distribution is null)
        {
            io.Error.WriteLine($"bulletin: warning: {file} holds nothing to print (no masthead, no article, no 报尾), so its pages are blank");
        }

        var full = Path.GetFullPath(file, io.CurrentDirectory);
        var folder = request.Output is null or "-" ? Path.GetDirectoryName(full)! : Path.GetFullPath(request.Output, io.CurrentDirectory);
        var name = Path.GetFileNameWithoutExtension(full);
        try
        {
            // Lay out before writing anything, so a layout failure leaves no Word file behind either.
            var layout = BulletinLayoutEngine.Layout(document!, options);
            foreach (var module in layout.Modules.Where(module => module.Note is not null))
            {
                // A placement the page could not honour as asked is not an error; the editor hears of it where it was asked for.
                var where = map!.Locate(new ValidationProblem(module.Path + ".Placement", module.Note!));
                io.Error.WriteLine(new Diagnostic(file, where, $"note: {module.Path}: {(module.AsModule ? "module: " : "set in the flow: ")}{module.Note}"));
            }

            foreach (var foot in layout.WhiteFeet)
            {
                // A page closed short is not an error either; the editor hears of it at the item that did not fit.
                io.Error.WriteLine(new Diagnostic(file, map!.Locate(new ValidationProblem(foot.Path, foot.Note)), $"warning: {foot}"));
            }

            if (request.EmbedFonts)
            {
                foreach (var face in DocxFontEmbedding.Plan(options!.Theme, options.Fonts!).Where(face => !face.IsEmbedded))
                {
                    io.Error.WriteLine($"bulletin: warning: {file}: {face.WordName} ({face.Face}) is not embedded: {face.SkippedBecause}");
                }
            }

            if (request.Output == "-")
            {
                using var stdout = io.OpenStandardOutput();
                switch (request.Formats)
                {
                    case OutputFormats.Docx:
                        BulletinDocx.Write(layout, stdout, word);
                        break;
                    case OutputFormats.Pdf:
                        BulletinPdf.Write(layout, stdout, options!.Pdf);
                        break;
                    default:
                        if (layout.Pages.Count != 1)
                        {
                            io.Error.WriteLine($"{file}: has {layout.Pages.Count} pages; -o - writes one PNG, so write to a folder instead");
                            return ExitCodes.Usage;
                        }

                        stdout.Write(BulletinPng.RenderPage(layout, 1, request.Dpi));
                        break;
                }

                return ExitCodes.Success;
            }

            Directory.CreateDirectory(folder);
            if ((request.Formats & OutputFormats.Docx) != 0)
            {
                var path = Path.Combine(folder, name + ".docx");
                BulletinDocx.WriteFile(layout, path, word);

                written.Add(Shown(path));
            }

            if ((request.Formats & OutputFormats.Pdf) != 0)
            {
                var path = Path.Combine(folder, name + ".pdf");
                BulletinPdf.WriteFile(layout, path, options!.Pdf);
                written.Add(Shown(path));
            }

            if ((request.Formats & OutputFormats.Png) != 0)
            {
                written.AddRange(BulletinPng.WriteFiles(layout, folder, name, request.Dpi).Select(Shown));
            }

            return ExitCodes.Success;
        }
        catch (BulletinLayoutException exception)
        {
            var where = map!.Locate(new ValidationProblem(exception.Path, exception.Problem));
            io.Error.WriteLine(new Diagnostic(file, where, $"{exception.Path}: {exception.Problem}"));
            return ExitCodes.InputProblems;
        }
        catch (BulletinValidationException exception)
        {
            foreach (var problem in exception.Problems)
            {
                io.Error.WriteLine(new Diagnostic(file, map!.Locate(problem), problem.ToString()));
            }

            return ExitCodes.InputProblems;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"bulletin: cannot write the output of {file} in {folder}: {exception.Message}");
            return ExitCodes.IoError;
        }
    }

    private string Shown(string path)
    {
        var relative = Path.GetRelativePath(io.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    /// <summary>Reads, themes and validates one input; prints every problem; the document and options when there is none.</summary>
    private int Prepare(string file, RenderRequest request, out BulletinDocument? document, out BulletinOptions? options, out SourceMap? map, bool onlyFonts = false)
    {
        document = null;
        options = null;
        map = null;
        LoadedInput input;
        try
        {
            input = InputLoader.Load(Path.GetFullPath(file, io.CurrentDirectory)) with { File = file };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // .NET reports reading a folder as "Access to the path is denied".
            var why = Directory.Exists(Path.GetFullPath(file, io.CurrentDirectory)) ? "it is a folder; give the Markdown or JSON files in it" : exception.Message;
            io.Error.WriteLine($"bulletin: cannot read {file}: {why}");
            return ExitCodes.IoError;
        }

        var problems = new List<Diagnostic>(input.Problems.Select(p => p with { File = file }));
        var themeReference = request.Theme is not null
            ? new ThemeReference(request.Theme, io.CurrentDirectory, "--theme", SourceLocation.Start)
            : input.Theme;
        BulletinTheme? theme = BulletinThemes.PressRelease;
        if (themeReference is not null)
        {
            var status = ResolveTheme(themeReference with { File = themeReference.File == input.File ? file : themeReference.File }, out theme, problems);
            if (status == ExitCodes.IoError)
            {
                return status;
            }
        }

        if (theme is not null && request.Template is not null)
        {
            try
            {
                var (fromTemplate, templateProblems) = DocxTemplate.Load(Path.GetFullPath(request.Template, io.CurrentDirectory), request.Template, theme);
                problems.AddRange(templateProblems);
                theme = fromTemplate;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                io.Error.WriteLine($"bulletin: cannot read --template {request.Template}: {exception.Message}");
                return ExitCodes.IoError;
            }
        }

        if (theme is not null && input.Contents is { } contents)
        {
            theme = theme with { Contents = contents };
        }

        var fontStatus = LoadFonts(request.FontFolders);
        if (fontStatus != ExitCodes.Success)
        {
            return fontStatus;
        }

        // The file a theme problem is to be fixed in: the template or theme file the theme came from
        // (null for a built-in theme named in the input, located at the input's theme: line).
        var themeSource = request.Template
            ?? (themeReference is { } reference && !ThemeFile.BuiltIn.ContainsKey(reference.Value) ? reference.Value : null);
        if (input.Document is not null && theme is not null)
        {
            foreach (var problem in BulletinValidator.Validate(input.Document, theme, fonts))
            {
                if (themeSource is not null && problem.Path.StartsWith("Theme", StringComparison.Ordinal))
                {
                    var where = request.Template is null ? ThemeFile.Locate(Path.GetFullPath(themeSource, themeReference!.BaseDirectory), problem.Path) : SourceLocation.Start;
                    problems.Add(new Diagnostic(themeSource, where, $"{problem.Path}: {problem.Message}"));
                    continue;
                }

                if (input.ReportedPaths.Any(reported => problem.Path.StartsWith(reported, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (onlyFonts && !problem.Message.Contains("not covered", StringComparison.Ordinal))
                {
                    continue;
                }

                problems.Add(new Diagnostic(file, input.Map.Locate(problem), problem.Path.Length > 0 && input.File.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? $"{problem.Path}: {problem.Message}" : problem.Message));
            }
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Location.Line).ThenBy(p => p.Location.Column))
            {
                io.Error.WriteLine(problem.ToString());
            }

            return ExitCodes.InputProblems;
        }

        document = input.Document;
        map = input.Map;
        options = new BulletinOptions { Theme = theme!, Fonts = fonts };
        return ExitCodes.Success;
    }

    private int ResolveTheme(ThemeReference reference, out BulletinTheme? theme, List<Diagnostic>? problems = null)
    {
        if (ThemeFile.BuiltIn.TryGetValue(reference.Value, out theme))
        {
            return ExitCodes.Success;
        }

        var path = Path.GetFullPath(reference.Value, reference.BaseDirectory);
        if (!File.Exists(path))
        {
            var message = new Diagnostic(reference.File, reference.Location, $"theme '{reference.Value}' is neither a built-in theme ({string.Join(", ", ThemeFile.BuiltIn.Keys)}) nor a file");
            if (problems is null)
            {
                io.Error.WriteLine(message);
                return ExitCodes.Usage;
            }

            problems.Add(message);
            theme = null;
            return ExitCodes.InputProblems;
        }

        try
        {
            var (loaded, themeProblems) = ThemeFile.Load(path);
            theme = loaded;
            var shown = themeProblems.Select(p => p with { File = reference.Value });
            if (problems is null)
            {
                foreach (var p in shown)
                {
                    io.Error.WriteLine(p);
                }

                return loaded is null ? ExitCodes.InputProblems : ExitCodes.Success;
            }

            problems.AddRange(shown);
            return loaded is null ? ExitCodes.InputProblems : ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"bulletin: cannot read theme {reference.Value}: {exception.Message}");
            theme = null;
            return ExitCodes.IoError;
        }
    }

    private int LoadFonts(IReadOnlyList<string> folders)
    {
        if (fonts is not null)
        {
            return ExitCodes.Success;
        }

        var registry = new FontRegistry();
        foreach (var folder in folders)
        {
            var full = Path.GetFullPath(folder, io.CurrentDirectory);
            if (!Directory.Exists(full))
            {
                io.Error.WriteLine($"bulletin: --fonts {folder}: no such folder");
                return ExitCodes.Usage;
            }

            var report = registry.RegisterDirectory(full);
            foreach (var skipped in report.Skipped)
            {
                io.Error.WriteLine($"bulletin: warning: {skipped.Path}: skipped: {skipped.Reason}");
            }
        }

        DefaultFonts.AddTo(registry);
        fonts = registry;
        return ExitCodes.Success;
    }

    /// <summary>An option the parser did not know arrives as a FILE; say so rather than "cannot read --colour".</summary>
    private bool UnknownOption(RenderRequest request)
    {
        var unknown = request.Files.FirstOrDefault(f => f.Length > 1 && f[0] == '-');
        if (unknown is not null)
        {
            io.Error.WriteLine($"bulletin: unknown option {unknown}; run 'bulletin --help' for the options");
        }

        return unknown is not null;
    }

    private static bool IsSingleFormat(OutputFormats formats) => formats is OutputFormats.Docx or OutputFormats.Pdf or OutputFormats.Png;

    private static int Worse(int a, int b) => a == ExitCodes.Success ? b : b == ExitCodes.Success ? a : Math.Max(a, b);
}
