using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Samples;

/// <summary>
/// A subject of the sample curriculum: the grades that learn it, lessons a week (written to teaching.csv as the
/// weekly hours; 1 for art, music, world history and computer science, which get at most 2 unit summatives a
/// quarter, seed 001 R31), the country whose schools teach it (null: both), and whether the class teacher of a
/// primary class teaches it.
/// </summary>
internal sealed record SampleSubject(Subject Subject, int FromGrade, int ToGrade, int Hours, Country? Only, bool Primary)
{
    public bool TaughtIn(int grade, Country country) =>
        grade >= FromGrade && grade <= ToGrade && (Only is null || Only == country);

    /// <summary>The subjects in a fixed order, with their names in Kazakh, Kyrgyz, Russian and English.</summary>
    public static IReadOnlyList<SampleSubject> All { get; } =
    [
        new(new("math", "Математика", "Математика", "Математика", "Mathematics"), 1, 6, 4, null, true),
        new(new("algebra", "Алгебра", "Алгебра", "Алгебра", "Algebra"), 7, 11, 3, null, false),
        new(new("geometry", "Геометрия", "Геометрия", "Геометрия", "Geometry"), 7, 11, 2, null, false),
        new(new("kazakh_language", "Қазақ тілі", "Казак тили", "Казахский язык", "Kazakh language"), 1, 11, 3, Country.Kz, true),
        new(new("kazakh_literature", "Қазақ әдебиеті", "Казак адабияты", "Казахская литература", "Kazakh literature"), 5, 11, 2, Country.Kz, false),
        new(new("kyrgyz_language", "Қырғыз тілі", "Кыргыз тили", "Кыргызский язык", "Kyrgyz language"), 1, 11, 3, Country.Kg, true),
        new(new("kyrgyz_literature", "Қырғыз әдебиеті", "Кыргыз адабияты", "Кыргызская литература", "Kyrgyz literature"), 5, 11, 2, Country.Kg, false),
        new(new("russian_language", "Орыс тілі", "Орус тили", "Русский язык", "Russian language"), 1, 11, 3, null, false),
        new(new("russian_literature", "Орыс әдебиеті", "Орус адабияты", "Русская литература", "Russian literature"), 5, 11, 2, null, false),
        new(new("reading", "Әдебиеттік оқу", "Адабий окуу", "Литературное чтение", "Literary reading"), 1, 4, 3, null, true),
        new(new("english", "Ағылшын тілі", "Англис тили", "Английский язык", "English"), 2, 11, 2, null, false),
        new(new("natural_science", "Жаратылыстану", "Табият таануу", "Естествознание", "Natural science"), 1, 5, 2, null, true),
        new(new("history_kz", "Қазақстан тарихы", "Казакстандын тарыхы", "История Казахстана", "History of Kazakhstan"), 5, 11, 2, Country.Kz, false),
        new(new("history_kg", "Қырғызстан тарихы", "Кыргызстандын тарыхы", "История Кыргызстана", "History of Kyrgyzstan"), 5, 11, 2, Country.Kg, false),
        new(new("world_history", "Дүниежүзі тарихы", "Дүйнөлүк тарых", "Всемирная история", "World history"), 5, 11, 1, null, false),
        new(new("geography", "География", "География", "География", "Geography"), 6, 11, 2, null, false),
        new(new("biology", "Биология", "Биология", "Биология", "Biology"), 6, 11, 2, null, false),
        new(new("physics", "Физика", "Физика", "Физика", "Physics"), 7, 11, 2, null, false),
        new(new("chemistry", "Химия", "Химия", "Химия", "Chemistry"), 8, 11, 2, null, false),
        new(new("informatics", "Информатика", "Информатика", "Информатика", "Computer science"), 5, 11, 1, null, false),
        new(new("art", "Бейнелеу өнері", "Көркөм сүрөт", "Изобразительное искусство", "Art"), 1, 6, 1, null, true),
        new(new("music", "Музыка", "Музыка", "Музыка", "Music"), 1, 6, 1, null, true),
        new(new("physical_education", "Дене шынықтыру", "Дене тарбия", "Физическая культура", "Physical education"), 1, 11, 3, null, false),
    ];
}
