using System.CommandLine;
using System.Globalization;
using InternalControl.Application.Cases;
using InternalControl.Application.Workspaces;
using InternalControl.Cli.Json;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using Spectre.Console;

namespace InternalControl.Cli.CommandLine;

/// <summary>What one invocation of `ic` knows: the parsed global options, the reader's language, the clock and the outputs.</summary>
internal sealed class CommandContext
{
    private readonly ParseResult _parse;
    private readonly GlobalOptions _options;
    private readonly TextWriter _stdout;

    public CommandContext(ParseResult parse, GlobalOptions options, IAnsiConsole console, TextWriter stdout, Language fallbackLanguage)
    {
        _parse = parse;
        _options = options;
        _stdout = stdout;
        Console = console;
        ExplicitLanguage = Languages.TryParse(parse.GetValue(options.Lang), out var lang) ? lang : null;
        Texts = new Localizer(ExplicitLanguage ?? fallbackLanguage);
        var now = parse.GetValue(options.Now);
        ClockGiven = now is not null;
        Clock = ParseClock(now);
    }

    /// <summary>True when --now set the clock: the database must be able to take that day (<see cref="Workspace.CheckClock"/>).</summary>
    public bool ClockGiven { get; }

    public IAnsiConsole Console { get; }

    /// <summary>The global options, for a command that must know whether one was given.</summary>
    public GlobalOptions Options => _options;

    /// <summary>The texts in the reader's language; becomes the school's language once a school is opened, unless --lang says otherwise.</summary>
    public Localizer Texts { get; private set; }

    public Language? ExplicitLanguage { get; }

    public TimeProvider Clock { get; }

    public bool Json => _parse.GetValue(_options.Json);

    public string DatabasePath => _parse.GetValue(_options.Db) ?? "internal-control.db";

    public string? SchoolName => _parse.GetValue(_options.School);

    /// <summary>Switches the texts to a school's language when the reader did not choose one.</summary>
    public void UseSchoolLanguage(Language language)
    {
        if (ExplicitLanguage is null)
        {
            Texts = new Localizer(language);
        }
    }

    /// <summary>Opens the database and school, or leaves the command with a user error.</summary>
    public Workspace OpenWorkspace() => OpenWorkspace(readOnly: false);

    /// <summary>
    /// Opens the school for a command that only reads cases, tasks and messages: the database read-only and no policy
    /// compiled, so a read-only database is read and nothing is written (hardening, findings 9 and 11).
    /// </summary>
    public SchoolSession OpenReadingSession() => SchoolSession.OpenForReading(OpenWorkspace(readOnly: true));

    private Workspace OpenWorkspace(bool readOnly)
    {
        var result = readOnly ? Workspace.OpenForReading(DatabasePath, SchoolName, Clock) : Workspace.Open(DatabasePath, SchoolName, Clock);
        if (!result.Succeeded)
        {
            throw new UserErrorException(result.Errors.First());
        }

        UseSchoolLanguage(result.Value.School.DefaultLanguage);
        if (ClockGiven && result.Value.CheckClock(_parse.GetValue(_options.Force)) is { } refused)
        {
            throw new UserErrorException(refused);
        }

        return result.Value;
    }

    /// <summary>Opens the school with its policy and workflow runtime, or leaves the command with the policy's diagnostics.</summary>
    public SchoolSession OpenSession()
    {
        var workspace = OpenWorkspace();
        var session = SchoolSession.Open(workspace);
        if (session.Value is null)
        {
            foreach (var diagnostic in session.Diagnostics)
            {
                Line(diagnostic.Render(Texts.Language));
            }

            throw new UserErrorException("Cli.Error.PolicyBroken");
        }

        return session.Value;
    }

    /// <summary>A pupil's name for the reader, or the id when the pupil is unknown.</summary>
    public static string PupilName(SchoolData data, string? pupilId) =>
        data.PupilName(pupilId) ?? "";

    /// <summary>A subject's name in the reader's language, or the id.</summary>
    public string SubjectName(SchoolData data, string? subjectId) =>
        data.SubjectName(subjectId, Texts.Language) ?? "";

    /// <summary>An evaluated object's name (a Kazakh evaluation sheet's object: a teacher, a class), or the id.</summary>
    public static string ObjectName(SchoolData data, string? objectId) =>
        objectId is null ? "" : Application.Cases.CaseObjects.ObjectName(data, objectId);

    /// <summary>A staff member's name, or the id.</summary>
    public static string StaffName(SchoolData data, string? staffId) =>
        data.StaffName(staffId) ?? "";

    /// <summary>Writes <paramref name="value"/> (a DTO of Cli/Json or an anonymous object) in the one JSON convention of `ic`.</summary>
    public void WriteJson(object value) => _stdout.WriteLine(CliJson.Serialize(value));

    /// <summary>Writes a line of text (already localized) to the console.</summary>
    /// <remarks>
    /// Straight to the output, not through the console's layout: a line is not wrapped at the console's width (a
    /// diagnostic's "file:line:column" stays on one line for editors and scripts), and a check that prints tens of
    /// thousands of diagnostics is not slowed by laying each one out.
    /// </remarks>
    public void Line(string text) => _stdout.WriteLine(text);

    /// <summary>Writes a localized line.</summary>
    public void Say(string key, params object?[] args) => Line(Texts.Get(key, args));

    /// <summary>A console table with a column for each of <paramref name="keys"/>, headed by its text in the reader's language.</summary>
    public Table HeadedTable(params string[] keys) => AddColumns(new Table(), keys);

    /// <summary>A console table whose first column is the row's number (#), then a column for each of <paramref name="keys"/>.</summary>
    public Table NumberedTable(params string[] keys) => AddColumns(new Table().AddColumn("#"), keys);

    private Table AddColumns(Table table, string[] keys)
    {
        foreach (var key in keys)
        {
            table.AddColumn(Texts.Get(key));
        }

        return table;
    }

    private static TimeProvider ParseClock(string? now)
    {
        if (now is null)
        {
            return TimeProvider.System;
        }

        // --now "" is a mistake (an empty shell variable), not a request for the system clock.
        if (string.IsNullOrWhiteSpace(now))
        {
            throw new UserErrorException("Cli.Error.EmptyNow");
        }

        if (IsoDate.TryParse(now.Trim(), out var date))
        {
            return new FixedClock(SchoolTime.MorningOf(date));
        }

        // An instant in UTC: long-running workers that share leases are tested at chosen moments.
        return DateTimeOffset.TryParseExact(now.Trim(), ["yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? new FixedClock(instant)
            : throw new UserErrorException("Cli.Error.BadNow", now);
    }
}
