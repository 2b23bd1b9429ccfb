using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// A school's facts arranged for the compiled rules: pupils, subjects and classes by dense index, marks
/// grouped by (pupil, subject) and absences by pupil, so that an aggregate is a loop over one small array
/// and grouping needs no joins.
/// </summary>
internal sealed partial class FactIndex
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
        ClassMarked = [.. data.Classes.Select(c => c.Marked switch { true => "yes", false => "no", null => "" })];
        PupilClass = [.. data.Pupils.Select(p => ClassIndex.GetValueOrDefault(p.ClassId, -1))];
        Marks = new PupilMarks[PupilIds.Length];
        Absences = new FactGroup<AbsenceRow>?[PupilIds.Length];
        PupilSubjects = new List<int>[PupilIds.Length];
        var taught = data.Teaching.GroupBy(t => t.ClassId).ToDictionary(g => g.Key, g => g.Select(t => t.SubjectId).Distinct().ToList());
        for (var p = 0; p < PupilIds.Length; p++)
        {
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

        LoadMarks(data.Marks);

        foreach (var absence in data.Absences)
        {
            Place(absence);
        }

        foreach (var group in Absences)
        {
            if (group is not null)
            {
                NumberRuns(group);
            }
        }

        Scores = [.. data.Scores];
        // 003 criterion 2: the heads ("басшылар") are the director and the deputy directors.
        var managers = data.Staff.Where(s => s.Has(StaffRole.Director) || s.Has(StaffRole.DeputyDirector)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Teachers = [.. data.Qualifications.Select(q => TeacherRow.Of(q, managers))];
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

    /// <summary>Whether each class is marked, as the import says ("yes", "no", or "" when left open).</summary>
    public string[] ClassMarked { get; }

    /// <summary>Marks by pupil, each pupil's rows ordered by subject.</summary>
    public PupilMarks[] Marks { get; }

    public FactGroup<AbsenceRow>?[] Absences { get; }

    /// <summary>The subjects a pupil is taught or has marks in, in first-seen order.</summary>
    public List<int>[] PupilSubjects { get; }

    public EvaluationScore[] Scores { get; }

    /// <summary>Teachers' qualifications, in the order of the school's data.</summary>
    public TeacherRow[] Teachers { get; }

    /// <summary>Adds a mark; returns the pupil's index, or -1 when the pupil or subject is unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int AddMark(Mark mark, out int s)
    {
        s = -1;
        if (!PupilIndex.TryGetValue(mark.PupilId, out var p) || !SubjectIndex.TryGetValue(mark.SubjectId, out s))
        {
            return -1;
        }

        if (!Marks[p].Has(s))
        {
            AddSubject(p, s);
        }

        Marks[p].Insert(s, Row(mark));
        return p;
    }

    /// <summary>
    /// Loads marks in two passes: one over the marks (each read once: counted, and its row made), one over the rows (placed
    /// in its pupil's block), so each pupil's block is allocated once.
    /// </summary>
    private void LoadMarks(IReadOnlyList<Mark> all)
    {
        ReadOnlySpan<Mark> marks = all is List<Mark> list ? CollectionsMarshal.AsSpan(list) : [.. all];
        var subjects = SubjectIds.Length;
        var counts = new int[PupilIds.Length * subjects];
        var keys = new int[marks.Length];
        var rows = new MarkRow[marks.Length];
        // Marks come grouped by pupil and subject (the journal's order, a file's rows): an id is looked up again only
        // when it differs from the previous mark's, which for ids from one pool is a comparison of references.
        string? lastPupil = null, lastSubject = null;
        int p = -1, s = -1;
        for (var i = 0; i < marks.Length; i++)
        {
            var mark = marks[i];
            if (!string.Equals(mark.PupilId, lastPupil, StringComparison.Ordinal))
            {
                lastPupil = mark.PupilId;
                p = PupilIndex.GetValueOrDefault(lastPupil, -1);
            }

            if (!string.Equals(mark.SubjectId, lastSubject, StringComparison.Ordinal))
            {
                lastSubject = mark.SubjectId;
                s = SubjectIndex.GetValueOrDefault(lastSubject, -1);
            }

            keys[i] = p >= 0 && s >= 0 ? (p * subjects) + s : -1;
            if (keys[i] >= 0)
            {
                counts[keys[i]]++;
                rows[i] = Row(mark);
            }
        }

        for (p = 0; p < PupilIds.Length; p++)
        {
            var total = 0;
            var block = new PupilMarks(subjects, 0);
            for (s = 0; s < subjects; s++)
            {
                block.Start[s] = total;
                total += counts[(p * subjects) + s];
                if (counts[(p * subjects) + s] > 0)
                {
                    AddSubject(p, s);
                }
            }

            block.Start[subjects] = 0;
            block.Rows = new MarkRow[Math.Max(4, total)];
            Marks[p] = block;
            for (s = 0; s < subjects; s++)
            {
                counts[(p * subjects) + s] = block.Start[s];
            }

            block.Start[subjects] = total;
        }

        for (var i = 0; i < marks.Length; i++)
        {
            if (keys[i] >= 0)
            {
                Marks[keys[i] / subjects].Rows[counts[keys[i]]++] = rows[i];
            }
        }
    }

    internal MarkRow Row(Mark mark) => new(mark.Value, (int)mark.Kind, mark.Date.DayNumber, TermOf(mark.Date), mark.OutOf);

    /// <summary>Adds an absence; returns the pupil's index, or -1 when the pupil is unknown.</summary>
    public int AddAbsence(Absence absence)
    {
        var p = Place(absence);
        if (p >= 0)
        {
            NumberRuns(Absences[p]!);
        }

        return p;
    }

    private int Place(Absence absence)
    {
        if (!PupilIndex.TryGetValue(absence.PupilId, out var p))
        {
            return -1;
        }

        var group = Absences[p] ??= new FactGroup<AbsenceRow>();
        group.Add(new AbsenceRow { Day = absence.Date.DayNumber, Lessons = absence.Lessons, Excuse = (int)absence.Excuse, Term = TermOf(absence.Date), Documented = absence.Documented });
        return p;
    }

    /// <summary>
    /// Orders a pupil's absences by date and numbers each day within its run: days missed with the same
    /// excuse and no school day between them (a weekend, holiday or vacation does not break a run) are one
    /// absence, as 6.2 A reads a parent's note "for at most 3 days". Two rows on one date share a number.
    /// </summary>
    internal void NumberRuns(FactGroup<AbsenceRow> group)
    {
        var rows = group.Items;
        // By date, then excuse and lessons, so that rows of one date come in one order however they arrived (a batch
        // and a session fed one absence at a time list a firing's absences alike; found by the engines' property test).
        Array.Sort(rows, 0, group.Count, Comparer<AbsenceRow>.Create((a, b) =>
            a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Excuse != b.Excuse ? a.Excuse.CompareTo(b.Excuse) : a.Lessons.CompareTo(b.Lessons)));
        for (var i = 0; i < group.Count; i++)
        {
            rows[i].DayInRow = 1;
            for (var j = i - 1; j >= 0; j--)
            {
                if (rows[j].Excuse != rows[i].Excuse)
                {
                    continue;
                }

                if (rows[j].Day == rows[i].Day)
                {
                    rows[i].DayInRow = rows[j].DayInRow;
                }
                else if (NoSchoolDayBetween(rows[j].Day, rows[i].Day))
                {
                    rows[i].DayInRow = rows[j].DayInRow + 1;
                }

                break;
            }
        }
    }

    private bool NoSchoolDayBetween(int from, int to)
    {
        for (var day = from + 1; day < to; day++)
        {
            if (Calendar.IsSchoolDay(DateOnly.FromDayNumber(day)))
            {
                return false;
            }
        }

        return true;
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
