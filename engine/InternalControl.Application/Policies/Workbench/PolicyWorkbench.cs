using InternalControl.Application.Access;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Policies;
using InternalControl.Localization;
using InternalControl.PolicyLanguage.Parsing;
using InternalControl.PolicyLanguage.Tokens;
using InternalControl.PolicyLanguage.Vocabularies;
using InternalControl.Rules.Runtime;
using InternalControl.Rules.Testing;
using InternalControl.Storage.Policies;

namespace InternalControl.Application.Policies.Workbench;

/// <summary>
/// The deputy director's policy workbench: the school's overlay checked with the attached policy through the real
/// compiler, its `test` blocks run, a preview of what it would change on today's data (an evaluation that writes
/// nothing), attaching it (as `ic policy set` does, <see cref="PolicyAttachment"/>), the versions kept, a comparison of two
/// and a rollback, and the texts the product has shipped since the school's baseline was attached, to attach in one step. Only the deputy director and the director may open it (<see cref="For"/>).
/// </summary>
public sealed class PolicyWorkbench
{
    /// <summary>The longest overlay text the workbench takes, in characters.</summary>
    public const int MaxLength = 200_000;

    /// <summary>The file name of a school's overlay when none is attached yet.</summary>
    public const string NewOverlayFile = "school-overlay.icp";

    private readonly Workspace _workspace;
    private readonly string _actor;
    private readonly Lazy<HostedPolicy?> _attached;

    private PolicyWorkbench(Workspace workspace, string actor, Language language)
    {
        _workspace = workspace;
        _actor = actor;
        Language = language;
        Sources = workspace.Database.Policies.Sources(workspace.School.Id);
        var overlay = Sources.LastOrDefault(s => ExtendsOf(s.Text) is not null);
        OverlayFile = overlay?.File ?? NewOverlayFile;
        OverlayText = overlay?.Text ?? Starter(Sources, workspace.School.DefaultLanguage);
        Baseline = [.. Sources.Where(s => s.File != OverlayFile)];

        // The attached policy as the school's session compiled it (PolicyCache): a page that asks for its parameters
        // in four languages and previews against it compiles it once at most, and not at all when the session has.
        _attached = new(() => Sources.Count == 0 ? null : PolicyCache.Compile(workspace.Database.Path, Sources).Value);
    }

    /// <summary>The language of the messages it gives.</summary>
    public Language Language { get; }

    /// <summary>The attached files, baseline first.</summary>
    public IReadOnlyList<PolicySource> Sources { get; }

    /// <summary>The attached files other than the school's overlay.</summary>
    public IReadOnlyList<PolicySource> Baseline { get; }

    /// <summary>The file name of the school's overlay (the last attached file that extends another, or <see cref="NewOverlayFile"/>).</summary>
    public string OverlayFile { get; }

    /// <summary>The overlay's attached text, or a first line that extends the baseline when none is attached.</summary>
    public string OverlayText { get; }

    /// <summary>The workbench for <paramref name="access"/>'s person, or null for anyone but the deputy director and the director.</summary>
    public static PolicyWorkbench? For(Workspace workspace, PupilAccess access, Language language)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(access);
        return access.EditsPolicy ? new PolicyWorkbench(workspace, access.Person.Actor, language) : null;
    }

    /// <summary>Checks <paramref name="text"/> as the school's overlay with the attached baseline: every diagnostic, with the language its words are in.</summary>
    public PolicyCheck Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (_, diagnostics) = Compile(text);
        return new PolicyCheck([.. diagnostics.Select(View)], LanguageOf(text) ?? Language);
    }

    /// <summary>Runs the overlay's `test` blocks on the school's engine; none when it does not compile.</summary>
    public PolicyTestRun RunTests(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (policy, diagnostics) = Compile(text);
        if (policy is null)
        {
            return new PolicyTestRun([.. diagnostics.Select(View)], []);
        }

        var outcomes = PolicyTestRunner.Run(policy.Rules, Engine).Where(o => o.Span.File == OverlayFile);
        return new PolicyTestRun(
            [.. diagnostics.Select(View)],
            [.. outcomes.Select(o => new PolicyTestResult(o.Name, o.Span.Line, o.Passed, [.. o.Failures.Select(View)]))]);
    }

    /// <summary>
    /// What the overlay would change on today's data, per rule, against the attached policy: the same evaluation
    /// `ic evaluate` runs, on the school's engine, twice, with nothing written (no case, task, timer or notice).
    /// </summary>
    public Result<PolicyPreview> Preview(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (candidate, diagnostics) = Compile(text);
        if (candidate is null)
        {
            return Result<PolicyPreview>.Failure(diagnostics);
        }

        var data = _workspace.Database.Scores.WithScores(_workspace.Load());
        var today = _workspace.Today;
        var attached = _attached.Value;
        var before = attached?.Rules.Evaluate(data, _workspace.Calendar, today, Engine).Starts ?? [];
        var after = candidate.Rules.Evaluate(data, _workspace.Calendar, today, Engine).Starts;
        var rules = new List<RulePreview>();
        foreach (var rule in before.Select(s => s.Rule).Union(after.Select(s => s.Rule)).Order(StringComparer.Ordinal))
        {
            var was = Keyed(before.Where(s => s.Rule == rule));
            var will = Keyed(after.Where(s => s.Rule == rule));
            rules.Add(new RulePreview(
                rule,
                was.Count,
                will.Count,
                [.. will.Where(p => !was.ContainsKey(p.Key)).Select(p => p.Value)],
                [.. was.Where(p => !will.ContainsKey(p.Key)).Select(p => p.Value)]));
        }

        return Result<PolicyPreview>.From(new PolicyPreview(today, rules), diagnostics);
    }

    /// <summary>Attaches <paramref name="text"/> as the school's overlay, refused whole on any error (and when it extends nothing).</summary>
    public Result<AttachedPolicy> Attach(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Refusal(text) is { } refused)
        {
            return Result<AttachedPolicy>.Failure([refused]);
        }

        return PolicyAttachment.Attach(_workspace, new PolicySource(OverlayFile, text), _actor);
    }

    /// <summary>
    /// The shipped files of the school's country that an upgrade attaches, given the school's <paramref name="versions"/>
    /// (<see cref="Versions"/>, read once by the page) and the attached files the workbench holds.
    /// </summary>
    public IReadOnlyList<ShippedUpdate> ShippedUpdates(IReadOnlyList<PolicyVersion> versions) =>
        PolicyAttachment.ShippedUpdates(Sources, versions, ShippedPolicies.For(_workspace.School.Country));

    /// <summary>Attaches the texts shipped since the school's were (<see cref="PolicyAttachment.Upgrade"/>), refused whole on any error.</summary>
    public Result<IReadOnlyList<PolicyVersion>> Upgrade() => PolicyAttachment.Upgrade(_workspace, _actor);

    /// <summary>Every version attached to the school, newest first.</summary>
    public IReadOnlyList<PolicyVersion> Versions() => _workspace.Database.Policies.Versions(_workspace.School.Id);

    /// <summary>The line comparison of versions <paramref name="older"/> and <paramref name="newer"/>; IC3401 when either is not the school's.</summary>
    public Result<IReadOnlyList<DiffLine>> Compare(long older, long newer)
    {
        var versions = Versions();
        if (versions.FirstOrDefault(v => v.Id == older) is not { } a || versions.FirstOrDefault(v => v.Id == newer) is not { } b)
        {
            return Result<IReadOnlyList<DiffLine>>.Failure([Diagnostic.Error("IC3401", SourceSpan.None, "Workbench.Error.NoVersion")]);
        }

        return Result<IReadOnlyList<DiffLine>>.From(LineDiff.Compare(a.Text, b.Text), []);
    }

    /// <summary>
    /// Attaches version <paramref name="id"/>'s text again, as a new version that names the one it restores, checked as any
    /// attach is (a version that no longer compiles with the baseline is refused); IC3401 when it is not the school's.
    /// </summary>
    public Result<AttachedPolicy> Rollback(long id)
    {
        if (Versions().FirstOrDefault(v => v.Id == id) is not { } version)
        {
            return Result<AttachedPolicy>.Failure([Diagnostic.Error("IC3401", SourceSpan.None, "Workbench.Error.NoVersion")]);
        }

        return PolicyAttachment.Attach(_workspace, new PolicySource(version.File, version.Text), _actor, version.Id);
    }

    /// <summary>What the editor completes in <paramref name="language"/>'s words, with the attached policy's parameters.</summary>
    public PolicyWords Words(Language language)
    {
        var vocabulary = Vocabulary.Default;
        IReadOnlyList<string> Of(params string[] prefixes) =>
            [.. vocabulary.Concepts.Where(c => prefixes.Any(p => c.StartsWith(p, StringComparison.Ordinal)))
                .SelectMany(c => vocabulary.Words(c, language)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        IReadOnlyList<InternalControl.Rules.Model.PolicyParameter> parameters = _attached.Value?.Rules.Parameters ?? [];
        return new PolicyWords(
            Of("Kw."),
            Of("Type.", "WfType."),
            Of("Field."),
            Of("Fn.", "WfUnit.", "WfRole."),
            [.. parameters.Select(p => (p.Name, p.Description ?? ""))]);
    }

    /// <summary>The language whose keywords <paramref name="text"/> uses most; null when it has none.</summary>
    public static Language? LanguageOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var vocabulary = Vocabulary.Default;
        var keywords = Tokenizer.Tokenize(text, "", vocabulary).Tokens.Where(t => t.Kind == TokenKind.Keyword && t.Concept is not null).ToList();
        var scores = Languages.All
            .Select(l => (Language: l, Score: keywords.Count(k => vocabulary.Words(k.Concept!, l).Any(w => Vocabulary.Normalize(w) == Vocabulary.Normalize(k.Text)))))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ToList();
        return scores.Count == 0 ? null : scores[0].Language;
    }

    private RuleEngineKind Engine =>
        RuleEngines.TryParse(_workspace.Database.Schools.RuleEngine(_workspace.School.Id), out var chosen) ? chosen : RuleEngines.Default;

    private (HostedPolicy? Policy, IReadOnlyList<Diagnostic> Diagnostics) Compile(string text)
    {
        if (Refusal(text) is { } refused)
        {
            return (null, [refused]);
        }

        var compiled = PolicyHost.Compile(PolicyAttachment.With(Sources, new PolicySource(OverlayFile, text)));
        return (compiled.Succeeded && !compiled.Errors.Any() ? compiled.Value : null, compiled.Diagnostics);
    }

    /// <summary>IC3402 for a text over <see cref="MaxLength"/>; IC3403 for a text that extends no policy (the editor edits the school's overlay, never the baseline).</summary>
    private static Diagnostic? Refusal(string text)
    {
        if (text.Length > MaxLength)
        {
            return Diagnostic.Error("IC3402", SourceSpan.None, "Workbench.Error.TooLarge", MaxLength);
        }

        var parsed = PolicyParser.Parse(text, "", PolicyHost.BlockParsers);
        return parsed.Succeeded && parsed.Value!.Header is { Extends: null }
            ? Diagnostic.Error("IC3403", parsed.Value.Header.Span, "Workbench.Error.NotAnOverlay")
            : null;
    }

    /// <summary>A diagnostic as the editor shows it: its file (the overlay's when it names none), place and message in the workbench's language.</summary>
    public PolicyDiagnostic View(Diagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var file = diagnostic.HasSpan ? (span.File.Length == 0 ? OverlayFile : span.File) : "";
        return new PolicyDiagnostic(diagnostic.Code, diagnostic.IsError, file, span.Line, span.Column, span.Offset, span.Length, diagnostic.Message(Language));
    }

    private static Dictionary<string, WorkflowStart> Keyed(IEnumerable<WorkflowStart> starts)
    {
        var keyed = new Dictionary<string, WorkflowStart>(StringComparer.Ordinal);
        foreach (var start in starts)
        {
            keyed.TryAdd(start.Workflow + "\u001f" + start.Key, start);
        }

        return keyed;
    }

    private static string? ExtendsOf(string text) => PolicyParser.Parse(text, "", PolicyHost.BlockParsers).Value?.Header?.Extends;

    /// <summary>A first line for a school that has no overlay yet: `policy "…-school" country kg version 1 extends "…"` in the school's words.</summary>
    private static string Starter(IReadOnlyList<PolicySource> sources, Language language)
    {
        var header = sources.Select(s => PolicyParser.Parse(s.Text, s.File, PolicyHost.BlockParsers).Value?.Header).FirstOrDefault(h => h is not null);
        if (header is null)
        {
            return "";
        }

        var words = Vocabulary.Default;
        var country = header.Country is null ? "" : $" {words.Word("Kw.Country", language)} {header.Country}";
        return $"{words.Word("Kw.Policy", language)} \"{header.Name}-school\"{country} {words.Word("Kw.Version", language)} 1 {words.Word("Kw.Extends", language)} \"{header.Name}\"\n";
    }
}
