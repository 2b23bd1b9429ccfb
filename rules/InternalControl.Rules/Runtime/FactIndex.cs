using InternalControl.Engine.Calendars;
using InternalControl.Engine.Schools;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// A school's facts arranged for the compiled rules: pupils, subjects and classes by dense index, marks
/// grouped by (pupil, subject) and absences by pupil, so that an aggregate is a loop over one small array
/// and grouping needs no joins.
/// </summary>
internal sealed class FactIndex
{
    public FactIndex(SchoolData data, SchoolCalendar calendar)
    {
        Data = data;
        Calendar = calendar;
        PupilIds = [.. data.Pupils.Select(p => p.Id)];
        SubjectIds = [.. data.Subjects.Select(s => s.Id)];
        ClassIds = [.. data.Classes.Select(c => c.Id)];
        PupilIndex = Dense(PupilIds);
        SubjectIndex = Dense(SubjectIds);
        ClassIndex = Dense(ClassIds);
        ClassGrade = [.. data.Classes.Select(c => c.GradeLevel)];
        PupilClass = [.. data.Pupils.Select(p => ClassIndex.GetValueOrDefault(p.ClassId, -1))];
        Marks = new FactGroup<MarkRow>?[PupilIds.Length][];
        Absences = new FactGroup<AbsenceRow>?[PupilIds.Length];
        PupilSubjects = new List<int>[PupilIds.Length];
        var taught = data.Teaching.GroupBy(t => t.ClassId).ToDictionary(g => g.Key, g => g.Select(t => t.SubjectId).Distinct().ToList());
        for (var p = 0; p < PupilIds.Length; p++)
        {
            Marks[p] = new FactGroup<MarkRow>?[SubjectIds.Length];
            PupilSubjects[p] = [];
            if (taught.TryGetValue(data.Pupils[p].ClassId, out var subjects))
            {
                foreach (var subject in subjects)
                {
                    if (SubjectIndex.TryGetValue(subject, out var s))
                    {
                        AddSubject(p, s);
                    }
                }
            }
        }

        foreach (var mark in data.Marks)
        {
            AddMark(mark);
        }

        foreach (var absence in data.Absences)
        {
            AddAbsence(absence);
        }

        Scores = [.. data.Scores];
    }

    public SchoolData Data { get; }

    public SchoolCalendar Calendar { get; }

    public string[] PupilIds { get; }

    public string[] SubjectIds { get; }

    public string[] ClassIds { get; }

    public Dictionary<string, int> PupilIndex { get; }

    public Dictionary<string, int> SubjectIndex { get; }

    public Dictionary<string, int> ClassIndex { get; }

    public int[] PupilClass { get; }

    public int[] ClassGrade { get; }

    /// <summary>Marks by [pupil][subject]; null where a pupil has no mark in a subject.</summary>
    public FactGroup<MarkRow>?[][] Marks { get; }

    public FactGroup<AbsenceRow>?[] Absences { get; }

    /// <summary>The subjects a pupil is taught or has marks in, in first-seen order.</summary>
    public List<int>[] PupilSubjects { get; }

    public EvaluationScore[] Scores { get; }

    /// <summary>Adds a mark; returns the pupil's index, or -1 when the pupil or subject is unknown.</summary>
    public int AddMark(Mark mark)
    {
        if (!PupilIndex.TryGetValue(mark.PupilId, out var p) || !SubjectIndex.TryGetValue(mark.SubjectId, out var s))
        {
            return -1;
        }

        var group = Marks[p][s];
        if (group is null)
        {
            Marks[p][s] = group = new FactGroup<MarkRow>();
            AddSubject(p, s);
        }

        group.Add(new MarkRow { Value = mark.Value, Kind = (int)mark.Kind, Day = mark.Date.DayNumber, Term = TermOf(mark.Date) });
        return p;
    }

    /// <summary>Adds an absence; returns the pupil's index, or -1 when the pupil is unknown.</summary>
    public int AddAbsence(Absence absence)
    {
        if (!PupilIndex.TryGetValue(absence.PupilId, out var p))
        {
            return -1;
        }

        var group = Absences[p] ??= new FactGroup<AbsenceRow>();
        group.Add(new AbsenceRow { Day = absence.Date.DayNumber, Lessons = absence.Lessons, Excuse = (int)absence.Excuse, Term = TermOf(absence.Date) });
        return p;
    }

    /// <summary>The quarter number of a date (0 outside the year); the last quarter's number during the vacation after it.</summary>
    public int TermOf(DateOnly date)
    {
        var day = date.DayNumber;
        var terms = _terms ??= [.. Calendar.Quarters.Select(q => (q.Start.DayNumber, q.Number))];
        if (day < Calendar.Start.DayNumber || day > Calendar.End.DayNumber)
        {
            return 0;
        }

        var term = 0;
        foreach (var (start, number) in terms)
        {
            if (day >= start)
            {
                term = number;
            }
        }

        return term;
    }

    private (int Start, int Number)[]? _terms;

    private void AddSubject(int pupil, int subject)
    {
        if (!PupilSubjects[pupil].Contains(subject))
        {
            PupilSubjects[pupil].Add(subject);
        }
    }

    private static Dictionary<string, int> Dense(string[] ids)
    {
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            index.TryAdd(ids[i], i);
        }

        return index;
    }
}
