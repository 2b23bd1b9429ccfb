using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Reports;
/// <summary>
/// The part of a school's data one quarter's report reads: the classes in scope, their pupils, and the
/// marks that fall in the quarter (a mark dated in the vacation after a quarter belongs to that quarter,
/// as <see cref="SchoolCalendar.QuarterOf"/> says), with each pupil's final mark per subject.
/// </summary>
internal sealed class ReportScope
{
    private readonly Dictionary<(string Pupil, string Subject), List<Mark>> _marks;

    private ReportScope(SchoolData data, ReportOptions options, Localizer localizer, SchoolCalendar calendar)
    {
        Data = data;
        Options = options;
        Localizer = localizer;
        Calendar = calendar;
        Classes = data.Classes
            .Where(c => options.ClassId is null || c.Id == options.ClassId)
            .OrderBy(c => c.GradeLevel).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var subjects = data.Subjects.ToDictionary(s => s.Id);
        SubjectName = id => subjects.TryGetValue(id, out var s) ? s.Name(localizer.Language) : id;
        var staff = data.Staff.ToDictionary(s => s.Id);
        TeacherName = (classId, subjectId) =>
            data.Teaching.FirstOrDefault(t => t.ClassId == classId && t.SubjectId == subjectId) is { } t && staff.TryGetValue(t.TeacherId, out var teacher)
                ? teacher.FullName
                : null;
        _marks = data.Marks
            .Where(m => calendar.QuarterOf(m.Date)?.Number == options.Quarter)
            .GroupBy(m => (m.PupilId, m.SubjectId))
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Date).ToList());
    }

    public SchoolData Data { get; }

    public ReportOptions Options { get; }

    public Localizer Localizer { get; }

    public SchoolCalendar Calendar { get; }

    public IReadOnlyList<ClassGroup> Classes { get; }

    public Func<string, string> SubjectName { get; }

    public Func<string, string, string?> TeacherName { get; }

    /// <summary>The scope, or null when no calendar knows the school's year (the report then says so).</summary>
    public static ReportScope? Create(SchoolData data, ReportOptions options, Localizer localizer)
    {
        var calendar = options.Calendar ?? CalendarCatalog.Find(data.School.Country.Code(), data.School.Year);
        return calendar is null ? null : new ReportScope(data, options, localizer, calendar);
    }

    public IEnumerable<Pupil> PupilsOf(ClassGroup group) =>
        Data.Pupils.Where(p => p.ClassId == group.Id).OrderBy(p => p.FullName, StringComparer.Ordinal);

    /// <summary>The subjects a class is taught or has marks in, in a stable order.</summary>
    public IReadOnlyList<string> SubjectsOf(ClassGroup group)
    {
        var pupils = PupilsOf(group).Select(p => p.Id).ToHashSet();
        return Data.Teaching.Where(t => t.ClassId == group.Id).Select(t => t.SubjectId)
            .Concat(_marks.Keys.Where(k => pupils.Contains(k.Pupil)).Select(k => k.Subject))
            .Distinct()
            .OrderBy(SubjectName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The quarter's marks of one pupil in one subject, by date.</summary>
    public IReadOnlyList<Mark> MarksOf(string pupilId, string subjectId) =>
        _marks.TryGetValue((pupilId, subjectId), out var list) ? list : [];

    /// <summary>
    /// The final mark: the recorded quarter mark when there is one; in Kazakhstan, else the criteria-based mark
    /// from the summatives; else the mean of the current marks rounded half away from zero (3.5 -> 4), which is
    /// a projection while the quarter runs. Null when the pupil has no mark at all (not assessed).
    /// </summary>
    public FinalMark? FinalMarkOf(Pupil pupil, ClassGroup group, string subjectId)
    {
        var marks = MarksOf(pupil.Id, subjectId);
        if (marks.LastOrDefault(m => m.Kind == MarkKind.Quarter) is { } quarter)
        {
            return new FinalMark(pupil.Id, subjectId, quarter.Value, MarkBasis.QuarterMark, null);
        }

        if (Data.School.Country == Country.Kz && CriteriaMark(marks, group.GradeLevel) is { } criteria)
        {
            return new FinalMark(pupil.Id, subjectId, criteria.Mark, MarkBasis.Criteria, criteria.Percent);
        }

        var current = marks.Where(m => m.Kind == MarkKind.Current).Select(m => m.Value).ToList();
        if (current.Count == 0)
        {
            return null;
        }

        var mean = current.Average();
        return new FinalMark(pupil.Id, subjectId, (int)Math.Round(mean, MidpointRounding.AwayFromZero), MarkBasis.CurrentMean, mean);
    }

    /// <summary>The criteria-based quarter percent and mark from a pupil's summatives in the quarter, when there are any.</summary>
    public (double Percent, int Mark)? CriteriaMark(IReadOnlyList<Mark> marks, int gradeLevel)
    {
        var percent = CriteriaScale.QuarterPercent(QuarterParts.Of(marks), Options.Weights);
        return percent is { } p && CriteriaScale.MarkFromPercent(p, gradeLevel) is { } mark ? (p, mark) : null;
    }

    public string BasisText(MarkBasis basis) => Localizer.Get("Reports.Basis." + basis);

    public ReportColumn Column(string name) => new("Reports.Column." + name, Localizer.Get("Reports.Column." + name));
}
