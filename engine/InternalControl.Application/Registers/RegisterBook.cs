using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Registers;

/// <summary>
/// The registers a regulation demands (No. 97, 6.5) and the class teacher's monthly report, read from the workflow
/// journal through the runtime: a register is the completed tasks of the steps that name it with <c>register</c>, never
/// a separate book that could disagree with the journal.
/// </summary>
public sealed class RegisterBook
{
    private readonly WorkflowRuntime _runtime;
    private readonly SchoolData _school;

    /// <summary>The registers of <paramref name="school"/>, whose cases <paramref name="runtime"/> runs.</summary>
    public RegisterBook(WorkflowRuntime runtime, SchoolData school)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(school);
        _runtime = runtime;
        _school = school;
    }

    /// <summary>The entries of one register (see <see cref="RegisterCodes"/>) written between two days, inclusive.</summary>
    public IReadOnlyList<RegisterEntry> Entries(string register, DateOnly from, DateOnly to) =>
        [.. _runtime.Register(register, from, to).Select(r => new RegisterEntry(
            r.Day, r.CaseId, r.PupilId, r.SubjectId, r.Actor, register, r.Step, r.Outcome ?? "", r.Data))];

    /// <summary>
    /// The columns of a register as the policy writes them: the fields of the task steps that name the register, in
    /// the order of their forms (6.5's purpose, decision, ... are the policy's fields), each once.
    /// </summary>
    public IReadOnlyList<FieldDefinition> Fields(string register) =>
        [.. _runtime.Definitions.All
            .SelectMany(d => d.Steps.OfType<TaskStep>())
            .Where(s => s.Register == register)
            .SelectMany(s => s.Fields)
            .DistinctBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>
    /// 6.5: the lines of the class teachers' monthly report, one per home visit, preventive conversation (with a pupil or
    /// a parent) and talk with a subject teacher in the month, with the class teacher, the pupil and the day.
    /// </summary>
    public IReadOnlyList<RegisterEntry> MonthlyEntries(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        return [.. MonthlyRegisters.SelectMany(r => Entries(r, from, to)).OrderBy(e => e.Actor, StringComparer.Ordinal).ThenBy(e => e.Date)];
    }

    /// <summary>The registers the monthly report reads, in its columns' order (6.5).</summary>
    public static IReadOnlyList<string> MonthlyRegisters { get; } =
        [RegisterCodes.HomeVisit, RegisterCodes.Conversation, RegisterCodes.ParentTalk, RegisterCodes.SubjectTeacherTalk];

    /// <summary>6.5: each class teacher's home visits, conversations and talks with subject teachers in a month.</summary>
    public IReadOnlyList<MonthlyReportLine> MonthlyReport(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var teachers = _school.Classes.Select(c => c.ClassTeacherId).OfType<string>().ToHashSet();
        var visits = Counts(RegisterCodes.HomeVisit, from, to);
        var conversations = Counts(RegisterCodes.Conversation, from, to);
        var talks = Counts(RegisterCodes.SubjectTeacherTalk, from, to);
        return [.. teachers.Order(StringComparer.Ordinal).Select(t => new MonthlyReportLine(
            t, visits.GetValueOrDefault(t), conversations.GetValueOrDefault(t), talks.GetValueOrDefault(t)))];
    }

    private Dictionary<string, int> Counts(string register, DateOnly from, DateOnly to) =>
        _runtime.Register(register, from, to).GroupBy(r => r.Actor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
