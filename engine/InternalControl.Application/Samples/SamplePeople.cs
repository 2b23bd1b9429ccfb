using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Samples;

/// <summary>
/// Makes up names as families carry them, written as school lists write them (surname, given name,
/// patronymic): a Kazakh child takes the father's surname and the patronymic -ұлы/-қызы from his name
/// (Нұрланов Әлихан Серікұлы); a Kyrgyz child either a surname and a Russian-style patronymic
/// (Мамыткулов Айбек Бакытович) or the older "father's name уулу/кызы" (Бакыт уулу Айбек); a Russian child
/// a surname and -ович/-овна.
/// </summary>
internal sealed class SamplePeople(Random random, Country country)
{
    /// <summary>A family of a class taught in <paramref name="language"/>: child, father and mother.</summary>
    public (string Child, string Father, string Mother) Family(Language language, bool boy)
    {
        var pattern = PatternFor(language);
        switch (pattern)
        {
            case Pattern.Kazakh:
            {
                var surname = Pick(SampleNames.KazakhSurnames);
                var father = Pick(SampleNames.KazakhMale);
                var child = Join(boy ? surname : SampleNames.Feminine(surname), Pick(boy ? SampleNames.KazakhMale : SampleNames.KazakhFemale), father + (boy ? "ұлы" : "қызы"));
                return (child, Join(surname, father, Pick(SampleNames.KazakhMale) + "ұлы"), KazakhWoman());
            }

            case Pattern.Kyrgyz:
            {
                var father = Pick(SampleNames.KyrgyzMale);
                var given = Pick(boy ? SampleNames.KyrgyzMale : SampleNames.KyrgyzFemale);
                if (random.Next(4) == 0)
                {
                    var grandfather = Pick(SampleNames.KyrgyzMale);
                    return (Join(father, boy ? "уулу" : "кызы", given), Join(grandfather, "уулу", father), KyrgyzWoman());
                }

                var surname = Pick(SampleNames.KyrgyzSurnames);
                var child = Join(boy ? surname : SampleNames.Feminine(surname), given, father + (boy ? "ович" : "овна"));
                return (child, Join(surname, father, Pick(SampleNames.KyrgyzMale) + "ович"), KyrgyzWoman());
            }

            default:
            {
                var surname = Pick(SampleNames.RussianSurnames);
                var father = SampleNames.RussianFathers[random.Next(SampleNames.RussianFathers.Length)];
                var child = Join(boy ? surname : SampleNames.Feminine(surname), Pick(boy ? SampleNames.RussianMale : SampleNames.RussianFemale), boy ? father.Son : father.Daughter);
                var grandfather = SampleNames.RussianFathers[random.Next(SampleNames.RussianFathers.Length)];
                return (child, Join(surname, father.Name, grandfather.Son), RussianWoman());
            }
        }
    }

    /// <summary>An adult (a member of staff) who works in <paramref name="language"/>.</summary>
    public string Adult(Language language)
    {
        var woman = random.Next(100) < 70;
        var (_, father, mother) = Family(language, boy: true);
        return woman ? mother : father;
    }

    private Pattern PatternFor(Language language) => language switch
    {
        Language.Kk => Pattern.Kazakh,
        Language.Ky => Pattern.Kyrgyz,

        // Russian-language classes are chosen by many local families too.
        _ => random.Next(100) < 55 ? Pattern.Russian : country == Country.Kz ? Pattern.Kazakh : Pattern.Kyrgyz,
    };

    private string KazakhWoman() =>
        Join(SampleNames.Feminine(Pick(SampleNames.KazakhSurnames)), Pick(SampleNames.KazakhFemale), Pick(SampleNames.KazakhMale) + "қызы");

    private string KyrgyzWoman() =>
        Join(SampleNames.Feminine(Pick(SampleNames.KyrgyzSurnames)), Pick(SampleNames.KyrgyzFemale), Pick(SampleNames.KyrgyzMale) + "овна");

    private string RussianWoman() =>
        Join(SampleNames.Feminine(Pick(SampleNames.RussianSurnames)), Pick(SampleNames.RussianFemale), SampleNames.RussianFathers[random.Next(SampleNames.RussianFathers.Length)].Daughter);

    private string Pick(string[] names) => names[random.Next(names.Length)];

    private static string Join(string a, string b, string c) => a + " " + b + " " + c;

    private enum Pattern
    {
        Kazakh,
        Kyrgyz,
        Russian,
    }
}
