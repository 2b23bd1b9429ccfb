using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Samples;

/// <summary>
/// Absences with the excuses of regulation 6.2 A-D. Among them, parents' notes that run 4 school days in a
/// row (6.2 A allows a note for at most 3) and a few pupils who miss a day nearly every week without a
/// document (6.2: systematic unexcused absence goes to the small pedagogical council).
/// </summary>
internal sealed partial class SampleJournal
{
    private void Absences(Dictionary<string, ClassGroup> classes)
    {
        var count = data.Pupils.Count;
        var longNotes = Pick(Math.Max(1, count / 200), count, []);
        var systematic = Pick(Math.Max(2, count / 100), count, longNotes);
        for (var i = 0; i < count; i++)
        {
            var pupil = data.Pupils[i];
            var group = classes[pupil.ClassId];
            var days = SchoolDays(group.GradeLevel);
            if (days.Count < 10)
            {
                continue;
            }

            var full = group.GradeLevel <= 4 ? 4 : 6;
            var absences = new Dictionary<DateOnly, Absence>();
            if (longNotes.Contains(i))
            {
                var start = FourDaysInARow(days);
                for (var d = 0; d < 4; d++)
                {
                    absences[days[start + d]] = new Absence(pupil.Id, days[start + d], full, AbsenceExcuse.ParentNote, Document(AbsenceExcuse.ParentNote, group.Language));
                }
            }

            if (systematic.Contains(i))
            {
                var misses = 7 + random.Next(4);
                for (var m = 0; m < misses; m++)
                {
                    var day = days[(m * days.Count / misses) + random.Next(Math.Max(1, days.Count / misses))];
                    absences.TryAdd(day, new Absence(pupil.Id, day, random.Next(2, full + 1), AbsenceExcuse.None, null));
                }
            }

            if (random.Next(100) < 35)
            {
                for (var e = 1 + random.Next(3); e > 0; e--)
                {
                    Episode(pupil, group, days, full, absences);
                }
            }

            data.Absences.AddRange(absences.Values.OrderBy(a => a.Date));
        }
    }

    private void Episode(Pupil pupil, ClassGroup group, List<DateOnly> days, int full, Dictionary<DateOnly, Absence> absences)
    {
        var r = random.Next(100);
        var (excuse, length) = r switch
        {
            < 35 => (AbsenceExcuse.Medical, 1 + random.Next(4)),
            < 65 => (AbsenceExcuse.ParentNote, 1 + random.Next(2)),
            < 75 => (AbsenceExcuse.Event, 1),
            < 85 => (AbsenceExcuse.Released, 1),
            < 95 => (AbsenceExcuse.Family, 1 + random.Next(2)),
            _ => (AbsenceExcuse.None, 1),
        };
        var start = random.Next(days.Count - length);
        for (var d = 0; d < length; d++)
        {
            var lessons = excuse == AbsenceExcuse.Released ? random.Next(1, 4) : full;
            absences.TryAdd(days[start + d], new Absence(pupil.Id, days[start + d], lessons, excuse, Document(excuse, group.Language)));
        }
    }

    /// <summary>The first of four school days that follow each other on the calendar (Monday to Thursday, say).</summary>
    private int FourDaysInARow(List<DateOnly> days)
    {
        var starts = Enumerable.Range(0, days.Count - 3).Where(i => days[i + 3].DayNumber - days[i].DayNumber == 3).ToList();
        return starts.Count == 0 ? 0 : starts[random.Next(starts.Count)];
    }

    private HashSet<int> Pick(int how, int of, HashSet<int> except)
    {
        var picked = new HashSet<int>();
        while (picked.Count < Math.Min(how, of - except.Count))
        {
            var i = random.Next(of);
            if (!except.Contains(i))
            {
                picked.Add(i);
            }
        }

        return picked;
    }

    /// <summary>The document an excuse rests on, as a school writes it in the class's language.</summary>
    private string? Document(AbsenceExcuse excuse, Language language)
    {
        var number = random.Next(10, 300);
        return (excuse, language) switch
        {
            (AbsenceExcuse.None, _) => null,
            (AbsenceExcuse.Medical, Language.Kk) => $"Дәрігер анықтамасы №{number}",
            (AbsenceExcuse.Medical, Language.Ky) => $"Дарыгердин маалымкаты №{number}",
            (AbsenceExcuse.Medical, _) => $"Медицинская справка №{number}",
            (AbsenceExcuse.ParentNote, Language.Kk) => "Ата-анасының түсініктеме хаты",
            (AbsenceExcuse.ParentNote, Language.Ky) => "Ата-энесинин түшүнүк каты",
            (AbsenceExcuse.ParentNote, _) => "Записка от родителей",
            (AbsenceExcuse.Event, Language.Kk) => $"Бұйрық №{number}",
            (AbsenceExcuse.Event, Language.Ky) => $"Буйрук №{number}",
            (AbsenceExcuse.Event, _) => $"Приказ №{number}",
            (AbsenceExcuse.Released, Language.Kk) => "Медбике босатты",
            (AbsenceExcuse.Released, Language.Ky) => "Медайым бошотту",
            (AbsenceExcuse.Released, _) => "Отпущен медсестрой",
            (_, Language.Kk) => "Директордың атына өтініш",
            (_, Language.Ky) => "Директордун атына арыз",
            _ => "Заявление на имя директора",
        };
    }
}
