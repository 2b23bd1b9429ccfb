using InternalControl.Application.Control;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Control;

/// <summary>Every domain value a person reads has a name in the Domain catalog, in every language.</summary>
public sealed class DomainTextsTests
{
    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var key in Enum.GetValues<StaffRole>().Select(r => r.TextKey())
            .Concat(Enum.GetValues<AbsenceExcuse>().Select(e => e.TextKey()))
            .Concat(Enum.GetValues<MarkKind>().Select(k => k.TextKey()))
            .Concat(Enum.GetValues<Language>().Select(l => l.TextKey()))
            .Concat(Enum.GetValues<Country>().Select(c => c.TextKey()))
            .Concat(Enum.GetValues<EvaluationGroup>().Select(g => "Group." + g))
            .Concat(["Role.Parent", "Body.JuvenileCommission.Kz", "Body.JuvenileCommission.Kg", "Body.Administration"]))
        {
            keys.Add(key);
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Key_EveryLanguage_HasAText(string key)
    {
        // Act
        var missing = Languages.All.Where(l => new Localizer(l)[key].ResourceNotFound).ToList();

        // Assert
        Assert.Empty(missing);
    }

    [Fact]
    public void JuvenileCommission_Kyrgyz_IsTheCommissionOnChildrensAffairs()
    {
        // Act (8.6; DOMAIN-FACTS §3: its current name)
        var name = new Localizer(Language.Ky).Get("Body.JuvenileCommission.Kg");

        // Assert
        Assert.Equal("Балдардын иштери боюнча комиссия", name);
    }
}
