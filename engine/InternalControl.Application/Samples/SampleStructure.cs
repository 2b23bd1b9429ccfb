using System.Globalization;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Samples;

/// <summary>
/// Builds the people of a sample school: classes of grades 1-11 sized to the pupil count, in the school's
/// language and Russian; a director, a deputy director, a psychologist and a social pedagogue; a primary
/// teacher per class of grades 1-4; subject teachers for grades 5-11, one of whom leads each class; in a Kazakh
/// school, one of them heads the methodological council; pupils and their parents.
/// </summary>
internal sealed class SampleStructure(Random random, SampleOptions options, SampleData data)
{
    // Parallel classes of a grade are lettered А, Б, В, ... as schools letter them; a grade with more classes than
    // letters goes round again with a number (А2, Б2, ...), so that every size up to the stated maximum has names.
    private const string Letters = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ";
    private const string IdLetters = "abcdefghiklmnopqrstuvwxyz";
    private const int ClassesPerSpecialist = 7;

    private readonly SamplePeople _people = new(random, options.Country);
    private readonly List<(string Id, string Name, Language Language, List<StaffRole> Roles)> _staff = [];
    private readonly Dictionary<(string Subject, Language Language), (string Id, int Classes)> _specialists = [];

    public Language Main => options.Country == Country.Kz ? Language.Kk : Language.Ky;

    public void Build()
    {
        data.Subjects.AddRange(SampleSubject.All.Where(s => s.Only is null || s.Only == options.Country).Select(s => s.Subject));
        Hire(Main, StaffRole.Director);
        Hire(Main, StaffRole.DeputyDirector);
        Hire(Language.Ru, StaffRole.Psychologist);
        Hire(Main, StaffRole.SocialPedagogue);
        var classes = Classes();
        var sizes = Sizes(classes.Count);
        for (var i = 0; i < classes.Count; i++)
        {
            var group = Staff(classes[i]);
            data.Classes.Add(group);
            Pupils(group, sizes[i]);
        }

        CouncilHead();
        data.Staff.AddRange(_staff.Select(s => new Staff(s.Id, s.Name, s.Language, s.Roles)));
    }

    /// <summary>
    /// A Kazakh school's methodological council is headed by one of its teachers (әдістемелік кеңестің төрағасы), who
    /// hears the plan's controls the council hears: the first subject teacher of the school's language who leads no
    /// class. Regulation No. 97 hears nothing at a methodological council, so the Kyrgyz sample has none.
    /// </summary>
    private void CouncilHead()
    {
        if (options.Country != Country.Kz)
        {
            return;
        }

        var at = _staff.FindIndex(s => s.Language == Main && s.Roles.SequenceEqual([StaffRole.SubjectTeacher]));
        if (at < 0)
        {
            at = _staff.FindIndex(s => s.Roles.Contains(StaffRole.SubjectTeacher));
        }

        if (at >= 0)
        {
            _staff[at].Roles.Add(StaffRole.MethodologicalCouncilHead);
        }
    }

    private List<ClassGroup> Classes()
    {
        var perGrade = Math.Max(1, (int)Math.Round(options.Pupils / 11.0 / 25.0));
        var classes = new List<ClassGroup>();
        for (var grade = 1; grade <= 11; grade++)
        {
            for (var i = 0; i < perGrade; i++)
            {
                // About a third of the classes learn in Russian, as in most Kazakh and Kyrgyz towns.
                var russian = perGrade == 1 ? grade % 3 == 0 : i % 3 == 2 || (perGrade == 2 && i == 1);
                var id = grade.ToString(CultureInfo.InvariantCulture) + Lettered(IdLetters, i);
                var name = grade.ToString(CultureInfo.InvariantCulture) + Lettered(Letters, i);
                classes.Add(new ClassGroup(id, name, grade, russian ? Language.Ru : Main, null));
            }
        }

        return classes;
    }

    private static string Lettered(string letters, int index) =>
        index < letters.Length
            ? letters[index].ToString()
            : letters[index % letters.Length] + (index / letters.Length + 1).ToString(CultureInfo.InvariantCulture);

    private int[] Sizes(int classes)
    {
        var sizes = new int[classes];
        for (var i = 0; i < classes; i++)
        {
            sizes[i] = options.Pupils / classes + (i < options.Pupils % classes ? 1 : 0);
        }

        return sizes;
    }

    /// <summary>Assigns the class's teachers and returns the class with its class teacher.</summary>
    private ClassGroup Staff(ClassGroup group)
    {
        var curriculum = SampleSubject.All.Where(s => s.TaughtIn(group.GradeLevel, options.Country)).ToList();
        data.Curriculum[group.Id] = curriculum;
        string? classTeacher = null;
        if (group.GradeLevel <= 4)
        {
            classTeacher = Hire(group.Language, StaffRole.SubjectTeacher, StaffRole.ClassTeacher);
        }

        foreach (var subject in curriculum)
        {
            var own = group.GradeLevel <= 4 && (subject.Primary || subject.Subject.Id == "russian_language" && group.Language == Language.Ru);
            var teacher = own ? classTeacher! : Specialist(subject.Subject.Id, TeacherLanguage(subject.Subject.Id, group.Language));
            data.Teaching.Add(new Teaching(group.Id, subject.Subject.Id, teacher, subject.Hours));
            if (classTeacher is null)
            {
                var roles = _staff.First(s => s.Id == teacher).Roles;
                if (!roles.Contains(StaffRole.ClassTeacher))
                {
                    roles.Add(StaffRole.ClassTeacher);
                    classTeacher = teacher;
                }
            }
        }

        // Every class has a class teacher, even when each of its teachers already leads another class.
        classTeacher ??= Hire(group.Language, StaffRole.SubjectTeacher, StaffRole.ClassTeacher);
        return group with { ClassTeacherId = classTeacher };
    }

    private Language TeacherLanguage(string subject, Language classLanguage) => subject switch
    {
        "kazakh_language" or "kazakh_literature" or "kyrgyz_language" or "kyrgyz_literature" => Main,
        "russian_language" or "russian_literature" => Language.Ru,
        _ => classLanguage,
    };

    private string Specialist(string subject, Language language)
    {
        if (_specialists.TryGetValue((subject, language), out var current) && current.Classes < ClassesPerSpecialist)
        {
            _specialists[(subject, language)] = (current.Id, current.Classes + 1);
            return current.Id;
        }

        var id = Hire(language, StaffRole.SubjectTeacher);
        _specialists[(subject, language)] = (id, 1);
        return id;
    }

    private string Hire(Language language, params StaffRole[] roles)
    {
        var id = "t" + (_staff.Count + 1).ToString("000", CultureInfo.InvariantCulture);
        _staff.Add((id, _people.Adult(language), language, [.. roles]));
        return id;
    }

    private void Pupils(ClassGroup group, int size)
    {
        var startYear = int.Parse(options.Year.AsSpan(0, 4), CultureInfo.InvariantCulture);
        for (var i = 0; i < size; i++)
        {
            var id = "p" + (data.Pupils.Count + 1).ToString("0000", CultureInfo.InvariantCulture);
            var boy = random.Next(2) == 0;
            var (child, father, mother) = _people.Family(group.Language, boy);

            // Grade 1 starts at six or seven: born in the calendar year six years before the school year, give or take.
            var birth = new DateOnly(startYear - 6 - group.GradeLevel, 1, 1).AddDays(random.Next(365) - 90);
            data.Pupils.Add(new Pupil(id, child, group.Id, birth));
            var hasFather = random.Next(100) < 75;
            var hasMother = !hasFather || random.Next(100) < 85;
            if (hasMother)
            {
                Parent(id, mother, group.Language);
            }

            if (hasFather)
            {
                Parent(id, father, group.Language);
            }
        }
    }

    private void Parent(string pupilId, string name, Language classLanguage)
    {
        var id = "g" + (data.Parents.Count + 1).ToString("00000", CultureInfo.InvariantCulture);
        var language = classLanguage != Language.Ru && random.Next(100) < 10 ? Language.Ru : classLanguage;
        var phone = random.Next(100) < 92 ? Phone() : null;
        var email = random.Next(100) < 35 ? id + "@example.org" : null;
        data.Parents.Add(new Parent(id, name, pupilId, language, phone, email));
    }

    private string Phone()
    {
        if (options.Country == Country.Kz)
        {
            string[] codes = ["701", "702", "705", "707", "747", "771", "777", "778"];
            return $"+7 {codes[random.Next(codes.Length)]} {random.Next(100, 1000)} {random.Next(10, 100)} {random.Next(10, 100)}";
        }

        string[] operators = ["220", "500", "550", "555", "700", "705", "770", "777"];
        return $"+996 {operators[random.Next(operators.Length)]} {random.Next(100, 1000)} {random.Next(100, 1000)}";
    }
}
