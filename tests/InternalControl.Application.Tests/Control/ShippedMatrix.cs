using InternalControl.Application.Control;
using InternalControl.Application.Policies;
using InternalControl.Testing.Policies;

namespace InternalControl.Application.Tests.Control;

/// <summary>The decision matrix of the shipped Kazakh policy (seeds/policies/kz), compiled once for the tests.</summary>
internal static class ShippedMatrix
{
    private static readonly Lazy<DecisionMatrix> Matrix = new(() =>
        DecisionMatrix.From(PolicyHost.Compile(PolicyText.Shipped("kz")).Value!.Rules)
        ?? throw new InvalidOperationException("The shipped Kazakh policy has no decision matrix."));

    public static DecisionMatrix Kazakh => Matrix.Value;
}
