using System.Globalization;
using InternalControl.Application.Policies;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Policies;

/// <summary>
/// Every workflow and step of the shipped policies has a name in the catalogs (which hold every key in kk, ky, ru and
/// en), so that a case page, an inbox row or a history line never shows a workflow's or step's id (issue 14: nothing
/// untranslated reaches a reader; "Жаңа тапсырма: individual_plan").
/// </summary>
public sealed class ShippedWorkflowTextsTests
{
    [Theory]
    [InlineData(Country.Kg)]
    [InlineData(Country.Kz)]
    public void ShippedPolicy_EveryWorkflowAndStep_HasANameInTheCatalogs(Country country)
    {
        // Arrange
        var policy = PolicyHost.Compile(ShippedPolicies.For(country));

        // Act
        var missing = policy.Value!.Workflows.All
            .SelectMany(w => w.Steps.Select(s => (Key: "Workflows.Step." + w.Name + "." + s.Id, Fallback: "Workflows.Step." + s.Id))
                .Prepend((Key: "Workflows.Workflow." + w.Name, Fallback: "Workflows.Workflow." + w.Name)))
            .Where(k => Texts.Template(k.Key, CultureInfo.InvariantCulture) is null && Texts.Template(k.Fallback, CultureInfo.InvariantCulture) is null)
            .Select(k => k.Key).Distinct().ToList();

        // Assert
        Assert.True(policy.Succeeded);
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }
}
