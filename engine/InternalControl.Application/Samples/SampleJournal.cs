using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Samples;

/// <summary>
/// Writes the class journal of a sample school from the first school day up to the as-of date. Kyrgyz schools:
/// current marks on the days a subject is taught (about one or two a week) and quarter marks for finished quarters.
/// Kazakh schools, as their e-journals keep it (order No. 125's criteria-based assessment): formative points (1-10),
/// unit and term summatives as points out of their maxima, and quarter marks computed from them (seed 001 R33). Unmarked grades get no marks: grade 1 in Kazakhstan, grades 1-3 in Kyrgyzstan. A share of pupils carry the patterns the policies look for:
/// several 2s in a subject this quarter, exactly two (which a 3-twos rule must not count), single 2s
/// spread over subjects, and 2s only in the quarter before.
/// </summary>
internal sealed partial class SampleJournal(Random random, SchoolCalendar calendar, DateOnly asOf, Country country, SampleData data)
{
    private readonly Dictionary<int, List<DateOnly>> _schoolDays = [];

    private Quarter Current => calendar.QuarterOf(asOf < calendar.End ? asOf : calendar.End) ?? calendar.Quarters[0];

    private Quarter? Previous => calendar.Previous(Current);

    public void Build()
    {
        var classes = data.Classes.ToDictionary(c => c.Id);
        var timetable = data.Classes.ToDictionary(c => c.Id, c => data.Curriculum[c.Id].ToDictionary(s => s.Subject.Id, s => Days(s.Hours)));
        foreach (var pupil in data.Pupils)
        {
            var group = classes[pupil.ClassId];
            if (group.GradeLevel > LastUnmarkedGrade)
            {
                Marks(pupil, group, timetable[group.Id]);
            }
        }

        Absences(classes);
    }

    /// <summary>
    /// The highest grade without marks: grade 1 in Kazakhstan (order No. 125); grades 1-3 in Kyrgyzstan under the
    /// 2025 state standard for the 12-year school (grades 4-6 get points, 7-12 criteria-based marks).
    /// </summary>
    private int LastUnmarkedGrade => country == Country.Kg ? 3 : 1;

    /// <summary>The weekdays a subject of <paramref name="hours"/> lessons a week is taught on.</summary>
    private HashSet<DayOfWeek> Days(int hours)
    {
        var days = new List<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        var chosen = new HashSet<DayOfWeek>();
        while (chosen.Count < Math.Min(hours, 5))
        {
            chosen.Add(days[random.Next(days.Count)]);
        }

        return chosen;
    }

    private List<DateOnly> SchoolDays(int grade)
    {
        if (!_schoolDays.TryGetValue(grade, out var days))
        {
            days = [];
            for (var d = calendar.Start; d <= asOf && d <= calendar.End; d = d.AddDays(1))
            {
                if (calendar.IsSchoolDay(d, grade))
                {
                    days.Add(d);
                }
            }

            _schoolDays[grade] = days;
        }

        return days;
    }

    private void Marks(Pupil pupil, ClassGroup group, Dictionary<string, HashSet<DayOfWeek>> timetable)
    {
        var profile = Profile();
        var subjects = data.Curriculum[group.Id];
        var twos = Twos(Enumerable.Range(0, subjects.Count).Where(i => !Practical(subjects[i])).ToList());
        for (var s = 0; s < subjects.Count; s++)
        {
            var subject = subjects[s];
            var days = timetable[subject.Subject.Id];
            var (count, inPrevious) = twos.TryGetValue(s, out var t) ? t : (0, false);
            var weak = count >= 3 && !inPrevious;

            // Kazakh journals keep formative points and summatives, no 5-point current marks (order No. 125).
            if (country == Country.Kz)
            {
                Criteria(pupil, subject, group.GradeLevel, days, profile, count >= 3 ? (inPrevious ? Previous ?? Current : Current) : null);
                continue;
            }

            var current = CurrentMarks(pupil, subject, group.GradeLevel, days, profile, weak);
            if (count > 0)
            {
                PutTwos(current, pupil, subject, group.GradeLevel, count, inPrevious ? Previous ?? Current : Current);
            }

            current.Sort((a, b) => a.Date.CompareTo(b.Date));
            data.Marks.AddRange(current);
            QuarterMarks(pupil, subject, current);
        }
    }

    /// <summary>Physical education, art and music: subjects the sample keeps free of 2s.</summary>
    private static bool Practical(SampleSubject subject) => subject.Subject.Id is "physical_education" or "art" or "music";

    /// <summary>0 excellent, 1 good, 2 average: the spread of a pupil's usual marks.</summary>
    private int Profile()
    {
        var r = random.Next(100);
        return r < 15 ? 0 : r < 60 ? 1 : 2;
    }

    /// <summary>
    /// Which subjects (by index) get how many 2s, and whether in the previous quarter. About a quarter of pupils
    /// are weak in one to four subjects (3-4 twos this quarter): some 5-8% of pupil-subject pairs.
    /// </summary>
    private Dictionary<int, (int Count, bool Previous)> Twos(List<int> subjects)
    {
        var twos = new Dictionary<int, (int, bool)>();
        var r = random.Next(100);
        if (r < 28)
        {
            var weakIn = 1 + random.Next(4);
            while (twos.Count < Math.Min(weakIn, subjects.Count))
            {
                twos[subjects[random.Next(subjects.Count)]] = (3 + random.Next(2), false);
            }
        }
        else if (r < 33)
        {
            twos[subjects[random.Next(subjects.Count)]] = (2, false);
        }
        else if (r < 38)
        {
            while (twos.Count < Math.Min(3, subjects.Count))
            {
                twos[subjects[random.Next(subjects.Count)]] = (1 + random.Next(2), false);
            }
        }
        else if (r < 43 && Previous is not null)
        {
            twos[subjects[random.Next(subjects.Count)]] = (3, true);
        }

        return twos;
    }

    private List<Mark> CurrentMarks(Pupil pupil, SampleSubject subject, int grade, HashSet<DayOfWeek> days, int profile, bool weak)
    {
        var marks = new List<Mark>();
        var chance = 1.2 / days.Count;
        foreach (var day in SchoolDays(grade))
        {
            if (days.Contains(day.DayOfWeek) && random.NextDouble() < chance)
            {
                var value = weak && Current.Contains(day) ? 3 : Value(profile);
                marks.Add(new Mark(pupil.Id, subject.Subject.Id, day, value, MarkKind.Current));
            }
        }

        return marks;
    }

    /// <summary>A usual current mark: 3 to 5, by profile; 2s are only put in on purpose.</summary>
    private int Value(int profile)
    {
        var r = random.Next(100);
        return profile switch
        {
            0 => r < 75 ? 5 : r < 97 ? 4 : 3,
            1 => r < 25 ? 5 : r < 80 ? 4 : 3,
            _ => r < 5 ? 5 : r < 40 ? 4 : 3,
        };
    }

    /// <summary>Turns <paramref name="count"/> marks of <paramref name="quarter"/> into 2s, adding marks when there are too few.</summary>
    private void PutTwos(List<Mark> marks, Pupil pupil, SampleSubject subject, int grade, int count, Quarter quarter)
    {
        var days = SchoolDays(grade).Where(quarter.Contains).ToList();
        var taken = marks.Where(m => quarter.Contains(m.Date)).Select(m => m.Date).ToHashSet();

        // A weak pupil still gets a 3 now and then: at least two marks besides the 2s.
        var wanted = count >= 3 ? count + 2 : count;
        while (taken.Count < wanted && taken.Count < days.Count)
        {
            var day = days[random.Next(days.Count)];
            if (taken.Add(day))
            {
                marks.Add(new Mark(pupil.Id, subject.Subject.Id, day, 3, MarkKind.Current));
            }
        }

        var indexes = Enumerable.Range(0, marks.Count).Where(i => quarter.Contains(marks[i].Date)).ToList();
        for (var n = 0; n < count && indexes.Count > 0; n++)
        {
            var pick = random.Next(indexes.Count);
            marks[indexes[pick]] = marks[indexes[pick]] with { Value = 2 };
            indexes.RemoveAt(pick);
        }
    }

    /// <summary>Quarter marks for the quarters that have ended: the rounded average of the quarter's current marks.</summary>
    private void QuarterMarks(Pupil pupil, SampleSubject subject, List<Mark> current)
    {
        foreach (var quarter in calendar.Quarters.Where(q => q.End < asOf))
        {
            var values = current.Where(m => quarter.Contains(m.Date)).Select(m => m.Value).ToList();
            if (values.Count > 0)
            {
                var mark = (int)Math.Round(values.Average(), MidpointRounding.AwayFromZero);
                data.Marks.Add(new Mark(pupil.Id, subject.Subject.Id, quarter.End, Math.Clamp(mark, 2, 5), MarkKind.Quarter));
            }
        }
    }
}
