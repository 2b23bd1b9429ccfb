namespace InternalControl.Kernel.Diagnostics;

/// <summary>
/// The one list of diagnostic codes: each code with its severity and message keys. <see cref="Diagnostic.Error"/>
/// and <see cref="Diagnostic.Warning"/> refuse a code that is not here or a key the code does not own, so a code is
/// reported with one meaning everywhere. IC1xxx: policy language and rules; IC2xxx: workflow blocks, definitions (IC23xx) and refused commands (IC24xx); IC3xxx:
/// workspaces (IC30xx), written files (IC31xx), the hardening checks (IC32xx: task forms, actors, the clock, the database
/// file), the policy workbench (IC34xx), database copies (IC37xx), the internal control plan (IC380x), document templates (IC382x) and parents' sign-in links (IC386x); IC4xxx: the command line's own refusals (IC40xx).
/// </summary>
public static class DiagnosticCatalog
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ByCode = Build(
    [
        // Tokens and syntax.
        Error("IC1001", "Rules.UnexpectedCharacter"),
        Error("IC1002", "Rules.UnterminatedString"),
        Error("IC1003", "Rules.BadDate"),
        Error("IC1101", "Rules.Expected"),
        Error("IC1102", "Rules.ExpectedDidYouMean"),
        Error("IC1103", "Rules.Syntax.TooDeep"),

        // Binding and types.
        Error("IC1201", "Rules.UnknownName", "Rules.UnknownNameDidYouMean"),
        Error("IC1202", "Rules.UnknownField", "Rules.UnknownFieldDidYouMean"),
        Error("IC1203", "Rules.TypeMismatch", "Rules.Expects", "Rules.ProjectionNotNumber", "Rules.TableOutputKind"),
        Error("IC1204", "Rules.NotACondition"),
        Error("IC1205", "Rules.AggregateType"),
        Error("IC1206", "Rules.PatternNotAllowed"),
        Error("IC1207", "Rules.UnknownFunction", "Rules.UnknownFunctionDidYouMean"),
        Error("IC1208", "Rules.ArgumentCount", "Rules.ArgumentPairs"),
        Error("IC1209", "Rules.UnknownRole"),
        Error("IC1210", "Rules.Duplicate"),
        Error("IC1211", "Rules.FactArguments"),
        Error("IC1212", "Rules.DuplicateVariable", "Rules.SecondBinding"),
        Error("IC1213", "Rules.AggregateNeedsValue", "Rules.SubjectAggregateNeedsValue"),
        Error("IC1214", "Rules.AggregateNeedsPupil"),
        Error("IC1215", "Rules.TableNotSingle"),
        Error("IC1216", "Rules.ParameterNotConstant"),
        Error("IC1220", "Rules.UnknownCountry"),
        Error("IC1230", "Rules.MissingHeader"),

        // Overlays.
        Error("IC1240", "Rules.UnknownParameter", "Rules.UnknownParameterDidYouMean"),
        Error("IC1241", "Rules.UnknownRule"),
        Error("IC1242", "Rules.CannotEditBaselineRule"),
        Error("IC1243", "Rules.ExtendsMismatch"),
        Error("IC1244", "Rules.ParameterKind"),

        // Hardening, finding 10: divisions by zero, text keys that no catalog has, gap checks that were skipped.
        Error("IC1250", "Rules.DivisionByZero"),
        Warning("IC1251", "Rules.DivisionByZeroAtRuntime"),
        Error("IC1252", "Rules.UnknownMessageKey"),
        Warning("IC1253", "Rules.TableGapSkipped"),
        Error("IC1254", "Rules.TableCellRunValue"),

        // Plain policies: named measures, counting windows, every output of a decision table, lists, a rule's titles
        // (`title LANG "text"`: a language the product does not speak, a language given twice).
        Error("IC1700", "Rules.Measure.Cycle"),
        Warning("IC1701", "Rules.Measure.Unused"),
        Error("IC1702", "Rules.Measure.Duplicate"),
        Error("IC1710", "Rules.Window.NotHere"),
        Error("IC1711", "Rules.Window.Days", "Rules.Window.DaysNotNumber"),
        Error("IC1720", "Rules.TableOutput.Unknown", "Rules.TableOutput.UnknownDidYouMean"),
        Error("IC1721", "Rules.TableOutput.NotATable"),
        Error("IC1722", "Rules.List.Elements"),
        Error("IC1723", "Rules.List.NotHere"),
        Error("IC1730", "Rules.Title.UnknownLanguage"),
        Error("IC1731", "Rules.Title.Duplicate"),

        // Tables.
        Error("IC1301", "Rules.TableOverlap"),
        Error("IC1302", "Rules.TableGap"),
        Error("IC1304", "Rules.TableColumns"),
        Error("IC1305", "Rules.TableOutputValue"),

        // Running.
        Warning("IC1401", "Rules.ChainingBound"),

        // Policy tests.
        Error("IC1501", "Rules.Test.ExpectedFiring", "Rules.Test.UnexpectedFiring"),
        Error("IC1502", "Rules.Test.ExpectedFact", "Rules.Test.UnexpectedFact"),
        Error("IC1503", "Rules.Test.ExpectedDecision", "Rules.Test.UnexpectedDecision"),
        Error("IC1504", "Rules.Test.ExpectedStart", "Rules.Test.UnexpectedStart"),
        Error("IC1505", "Rules.Test.ExpectedNotification", "Rules.Test.UnexpectedNotification"),
        Error("IC1506", "Rules.Test.ConditionFalse"),
        Error("IC1510", "Rules.Test.UnknownField"),
        Error("IC1511", "Rules.Test.NoCalendar"),

        // Workflow blocks: syntax.
        Error("IC2001", "Workflows.Definition.ChangedWithoutVersion"),
        Error("IC2101", "Workflows.Syntax.StepKind"),
        Error("IC2102", "Workflows.Syntax.UnknownRole"),
        Error("IC2103", "Workflows.Syntax.UnknownFieldType"),
        Error("IC2104", "Workflows.Syntax.Condition"),
        Error("IC2105", "Workflows.Syntax.Name"),
        Error("IC2106", "Workflows.Syntax.ReportTag", "Workflows.Syntax.ReportTagDidYouMean"),
        Error("IC2107", "Workflows.Syntax.OnceWithoutKey"),
        Error("IC2108", "Workflows.Syntax.FieldTagWithoutField"),
        Error("IC2109", "Workflows.Syntax.ReportTagNotOfStep", "Workflows.Syntax.ReportTagNotOfWorkflow", "Workflows.Syntax.ReportTagNotOfTable"),
        Error("IC2110", "Workflows.Syntax.ReportTagTwice", "Workflows.Syntax.ReportTagTwiceOnTables"),
        Error("IC2111", "Workflows.Syntax.ReportTagKeyParts"),
        Error("IC2112", "Workflows.Syntax.TagVariableUnknown", "Workflows.Syntax.TagVariableUnknownNear"),

        // Workflow blocks: parameters and tables.
        Error("IC2201", "Workflows.Definition.BadDeadline"),
        Error("IC2202", "Workflows.Binding.UnknownParameter", "Workflows.Binding.UnknownParameterDidYouMean"),
        Error("IC2203", "Workflows.Binding.ParameterNotDays", "Workflows.Binding.ParameterNotNumber"),
        Error("IC2204", "Workflows.Binding.UnknownTable"),
        Error("IC2205", "Workflows.Binding.TableHitPolicy"),
        Error("IC2206", "Workflows.Binding.TableOutput"),
        Error("IC2207", "Workflows.Binding.TableCell"),

        // Workflow definitions.
        Error("IC2301", "Workflows.Definition.NoName"),
        Error("IC2302", "Workflows.Definition.BadVersion"),
        Error("IC2303", "Workflows.Definition.NoSteps"),
        Error("IC2304", "Workflows.Definition.DuplicateStep"),
        Error("IC2305", "Workflows.Definition.UnknownTarget"),
        Error("IC2306", "Workflows.Definition.NoEnd"),
        Error("IC2307", "Workflows.Definition.NoOutcomes"),
        Error("IC2308", "Workflows.Definition.DuplicateOutcome"),
        Error("IC2309", "Workflows.Definition.DuplicateField"),
        Error("IC2310", "Workflows.Definition.ChoiceWithoutOptions"),
        Error("IC2311", "Workflows.Definition.NoOtherwise"),
        Error("IC2312", "Workflows.Definition.BadWait"),
        Error("IC2313", "Workflows.Definition.FewBranches"),
        Error("IC2314", "Workflows.Definition.JoinOutsideParallel"),
        Error("IC2315", "Workflows.Definition.SelfStart"),
        Error("IC2316", "Workflows.Definition.UnknownKeyPart"),

        // Commands on cases and tasks that the runtime refuses (nothing changes).
        Error("IC2401", "Workflows.Error.UnknownWorkflow"),
        Error("IC2402", "Workflows.Error.KeyPartMissing"),
        Error("IC2403", "Workflows.Error.Busy"),
        Error("IC2404", "Workflows.Error.UnknownRole"),
        Error("IC2405", "Workflows.Error.CaseNotFound"),
        Error("IC2406", "Workflows.Error.DefinitionMissing"),
        Error("IC2407", "Workflows.Error.UnknownStaff"),
        Error("IC2408", "Workflows.Error.AlreadyClaimed"),
        Error("IC2409", "Workflows.Error.ReasonRequired"),
        Error("IC2410", "Workflows.Error.EmptyComment"),
        Error("IC2411", "Workflows.Error.TaskNotFound"),
        Error("IC2412", "Workflows.Error.TaskClosed"),
        Error("IC2413", "Workflows.Error.UnknownOutcome"),
        Error("IC2414", "Workflows.Error.UnknownField"),
        Error("IC2415", "Workflows.Error.MissingField"),
        Error("IC2416", "Workflows.Error.BadNumber"),
        Error("IC2417", "Workflows.Error.BadDate"),
        Error("IC2418", "Workflows.Error.BadYesNo"),
        Error("IC2419", "Workflows.Error.BadChoice"),
        Error("IC2420", "Workflows.Error.OutcomeNeedsCount"),
        Error("IC2421", "Workflows.Error.OutcomeNotForForm"),

        // Workflow blocks: a task's assignee variable.
        Error("IC2430", "Workflows.Binding.AssigneeKeyPart"),
        Error("IC2431", "Workflows.Binding.AssigneeFieldType"),
        Error("IC2432", "Workflows.Binding.AssigneeStep"),
        Error("IC2433", "Workflows.Binding.AssigneeOwnField"),
        Error("IC2434", "Workflows.Binding.AssigneeParents"),

        // The wait until a date a case variable holds (the ВШК plan's second control).
        Error("IC2440", "Workflows.Syntax.WaitVariableNeedsOtherwise"),

        // Workspaces: the database and the school a command works on.
        Error("IC3001", "Workspaces.Error.NoDatabase"),
        Error("IC3002", "Workspaces.Error.UnknownSchool"),
        Error("IC3003", "Workspaces.Error.NoSchool"),
        Error("IC3004", "Workspaces.Error.SeveralSchools"),
        Error("IC3005", "Database.Error.BadConnectionString"),
        Error("IC3006", "Database.Error.Unreachable"),

        // Copying a database into another (`ic db copy`).
        Error("IC3701", "Database.Error.CopyTargetNotEmpty"),
        Error("IC3702", "Database.Error.CopyCountMismatch"),
        Error("IC3703", "Database.Error.CopyRowMismatch"),
        Error("IC3801", "Plan.Error.BadMonth"),

        // A finding about a teacher recorded by hand (`ic teacher finding`, the workbench's /teachers/finding; seed 003).
        Error("IC3880", "Teachers.Error.UnknownTeacher"),
        Error("IC3881", "Teachers.Error.EmptyFinding"),
        Error("IC3882", "Teachers.Error.FindingTooLong"),
        Error("IC3883", "Teachers.Error.NoFindingWorkflow"),
        Error("IC3884", "Teachers.Error.AlreadyRecorded"),
        Error("IC3885", "Teachers.Error.UnknownSource"),

        // Parents' sign-in links (`ic users invite --parents CLASS`).
        Error("IC3860", "Cli.Users.Invite.Whom"),
        Error("IC3861", "Cli.Users.Invite.UnknownClass"),
        Error("IC3862", "Cli.Users.Invite.BadUrl"),

        // The documents a school hands in, filled from templates it can replace (IC382x).
        Error("IC3820", "Documents.Error.BrokenTemplate"),
        Error("IC3821", "Documents.Error.UnknownPlaceholder"),
        Error("IC3822", "Documents.Error.ItemOutsideRow"),
        Error("IC3823", "Documents.Error.UnknownKind"),
        Error("IC3824", "Documents.Error.UnknownClass"),
        Error("IC3825", "Documents.Error.UnknownSheet"),
        Error("IC3826", "Documents.Error.NoMatrix"),

        // Re-scoring an object on its sheet in a re-control (seed 000 §3.4).
        Error("IC3870", "Control.Rescore.NotARescore"),
        Error("IC3871", "Control.Rescore.BadScores"),
        Error("IC3872", "Control.Rescore.NoGroupTable"),
        Error("IC3873", "Control.Rescore.TakesScores"),

        // Files the product writes for a person (reports, samples, policies).
        Error("IC3101", "Files.Error.NoPath"),
        Error("IC3102", "Files.Error.Folder"),
        Error("IC3103", "Files.Error.NotRegular"),
        Error("IC3104", "Files.Error.NoFolder"),
        Error("IC3105", "Files.Error.NotWritten"),
        Error("IC3106", "Files.Error.FolderNotEmpty"),
        Error("IC3107", "Files.Error.NotAFolder"),

        // Hardening (IC32xx): values outside reason in task forms, who may act, the clock, the database file.
        Error("IC3201", "Workflows.Error.NotACount"),
        Error("IC3202", "Workflows.Error.DateOutOfRange"),
        Error("IC3203", "Workflows.Error.TextControl"),
        Error("IC3204", "Workflows.Error.TextTooLong"),
        Error("IC3205", "Workflows.Error.NoteControl"),
        Error("IC3206", "Workflows.Error.NoteTooLong"),
        Error("IC3210", "Clock.Error.OutsideYears"),
        Error("IC3211", "Clock.Error.Backwards"),
        Error("IC3220", "Workspaces.Error.EmptyDbPath"),
        Error("IC3221", "Workspaces.Error.DbIsFolder"),
        Error("IC3222", "Workspaces.Error.DbNotRegular"),
        Error("IC3223", "Workspaces.Error.NotADatabase"),
        Error("IC3224", "Workspaces.Error.CannotOpen"),
        Error("IC3230", "Workspaces.Error.NeedsUpgrade"),
        Error("IC3231", "Workspaces.Error.ReadOnly"),
        Error("IC3232", "Workspaces.Error.NoFolder"),
        Error("IC3233", "Workspaces.Error.ParentNotFolder"),

        // The policy workbench (the web's policy editor).
        Error("IC3401", "Workbench.Error.NoVersion"),
        Error("IC3402", "Workbench.Error.TooLarge"),
        Error("IC3403", "Workbench.Error.NotAnOverlay"),
        Error("IC3404", "Workbench.Error.ChangedMeanwhile"),

        // The command line's own refusals (`ic`): a wrong option, argument or id on the command line.
        Error("IC4001", "Cli.Error.Usage"),
        Error("IC4002", "Cli.Error.NoCommand"),
        Error("IC4003", "Cli.Error.NoFile"),
        Error("IC4004", "Cli.Error.BadCountry"),
        Error("IC4005", "Cli.Error.BadLanguage"),
        Error("IC4006", "Cli.Error.BadYear"),
        Error("IC4007", "Cli.Error.EmptySchoolName"),
        Error("IC4008", "Cli.Error.SchoolExists"),
        Error("IC4009", "Cli.Error.BadPupilCount"),
        Error("IC4010", "Cli.Error.NoCalendarForSample"),
        Error("IC4011", "Cli.Error.NoSample"),
        Error("IC4012", "Cli.Error.NoShippedPolicy"),
        Error("IC4013", "Cli.Error.PolicyBroken"),
        Error("IC4014", "Cli.Error.BadNow"),
        Error("IC4015", "Cli.Error.EmptyNow"),
        Error("IC4016", "Cli.Error.UnknownTask"),
        Error("IC4017", "Cli.Error.UnknownCase"),
        Error("IC4018", "Cli.Error.UnknownPupil"),
        Error("IC4019", "Cli.Error.UnknownStaff"),
        Error("IC4020", "Cli.Error.UnknownWorkflow"),
        Error("IC4021", "Cli.Error.UnknownReport"),
        Error("IC4022", "Cli.Error.UnknownFormat"),
        Error("IC4023", "Cli.Error.OutRequired"),
        Error("IC4024", "Cli.Error.NotADocument"),
        Error("IC4025", "Cli.Error.BadQuarter"),
        Error("IC4026", "Cli.Error.BadMonth"),
        Error("IC4027", "Cli.Error.BadField"),
        Error("IC4028", "Cli.Error.FieldTwice"),
        Error("IC4029", "Cli.Error.ActorUnknown"),
        Error("IC4030", "Cli.Error.ActorNotAllowed"),
        Error("IC4031", "Cli.Error.NoMatrix"),
        Error("IC4032", "Cli.Engine.Bad"),
        Error("IC4033", "Cli.Policy.None"),
        Error("IC4034", "Cli.Worker.Error.Counts"),
        Error("IC4035", "Cli.Worker.Error.NightlyAt"),
        Error("IC4036", "Contacts.Cli.Link.Unknown"),
        Error("IC4037", "Outbox.Cli.Retry.NotFailed"),
        Error("IC4038", "Workflows.Cli.UnknownDiagramFormat"),

        // An acknowledgement of a message that is not the person's (Telegram's button, the web's link).
        Error("IC4100", "Outbox.Error.UnknownMessage"),
    ]);

    /// <summary>Every code, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [.. ByCode.Values.OrderBy(d => d.Code, StringComparer.Ordinal)];

    /// <summary>The descriptor of <paramref name="code"/>, or null.</summary>
    public static DiagnosticDescriptor? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>
    /// The code whose message <paramref name="key"/> is, for a finding that carries only its key (a workflow
    /// definition's validation); the first in code order where two codes share a wording.
    /// </summary>
    public static string CodeOf(string key) =>
        All.FirstOrDefault(d => d.Keys.Contains(key))?.Code
        ?? throw new InvalidOperationException($"No diagnostic code has the message key '{key}'; add it to {nameof(DiagnosticCatalog)}.");

    /// <summary>Throws when <paramref name="code"/>, <paramref name="severity"/> and <paramref name="key"/> are not one entry of the catalog: a bug, not a user's error.</summary>
    internal static void Check(string code, DiagnosticSeverity severity, string key)
    {
        if (Find(code) is not { } descriptor || descriptor.Severity != severity || !descriptor.Keys.Contains(key))
        {
            throw new InvalidOperationException($"Diagnostic {code} ({severity}) with message key '{key}' is not in {nameof(DiagnosticCatalog)}.");
        }
    }

    private static DiagnosticDescriptor Error(string code, params string[] keys) => new(code, DiagnosticSeverity.Error, keys);

    private static DiagnosticDescriptor Warning(string code, params string[] keys) => new(code, DiagnosticSeverity.Warning, keys);

    private static Dictionary<string, DiagnosticDescriptor> Build(DiagnosticDescriptor[] descriptors) =>
        descriptors.ToDictionary(d => d.Code, StringComparer.Ordinal);
}
