using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// What a compiled condition reads: the facts, the binding being tried (pupil, subject, class, score by
/// index) and the evaluation's "now". Public fields so that expression trees read them without calls.
/// </summary>
internal sealed class EvalContext(FactIndex index, DateOnly now)
{
    public static readonly string[] KindCodes = [.. Enum.GetValues<MarkKind>().Select(k => k.Code())];
    public static readonly string[] ExcuseCodes = [.. Enum.GetValues<AbsenceExcuse>().Select(k => k.Code())];

    public readonly FactIndex Index = index;
    public readonly int NowDay = now.DayNumber;
    public readonly int CurrentTerm = index.TermOf(now);
    public readonly DateOnly Now = now;
    public int Pupil = -1;
    public int Subject = -1;
    public int Class = -1;
    public int Score = -1;
    public int Teacher = -1;
    public PupilFacts? Facts;

    /// <summary>Set by a division by 0 while a condition runs (<see cref="Numbers.Divide"/>); the rule's guard reads it.</summary>
    public bool DividedByZero;

    /// <summary>Problems found while running that belong to no engine (IC1251), held by the rule and binding they came from.</summary>
    public RuntimeProblems Problems { get; } = new();

    public SchoolCalendar Calendar => Index.Calendar;

    /// <summary>The evaluated object of the binding: the score's object or the teacher; null for a pupil's or the school's binding.</summary>
    public string? ObjectId() => Score >= 0 ? Index.Scores[Score].ObjectId : Teacher >= 0 ? Index.Teachers[Teacher].Id : null;

    public string PupilId(int pupil) => pupil >= 0 ? Index.PupilIds[pupil] : "";

    public string SubjectId(int subject) => subject >= 0 ? Index.SubjectIds[subject] : "";

    public string ClassId(int @class) => @class >= 0 ? Index.ClassIds[@class] : "";

    public double Grade(int @class) => @class >= 0 ? Index.ClassGrade[@class] : 0;

    /// <summary>Whether a class is marked as the import says: "yes", "no", or "" when it leaves it to the policy (5.7).</summary>
    public string Marked(int @class) => @class >= 0 ? Index.ClassMarked[@class] : "";

    public int ClassOf(int pupil) => pupil >= 0 ? Index.PupilClass[pupil] : -1;

    public double SchoolDays(int from, int to) => Calendar.SchoolDaysBetween(DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(to));

    public int AddSchoolDays(int from, double days) => Calendar.AddSchoolDays(DateOnly.FromDayNumber(from), Math.Max(0, (int)days)).DayNumber;

    public bool FactExists(int fact, int subject) => Facts is not null && Facts.Exists(fact, subject);

    public double FactValue(int fact, int subject) => Facts?.Value(fact, subject) ?? 0;
}
