// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/CorrelationCheck.h"
#include "scenario/ScenarioSchema.h"

#include <Eigen/Eigenvalues>

#include <cstdio>
#include <map>
#include <string>

namespace fleetroi {

namespace {

std::string formatRho(double rho)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", rho);
    return buf;
}

} // namespace

std::vector<ValidationError> checkCorrelationConsistency(const Uncertainty &u)
{
    std::vector<ValidationError> errors;
    const int n = int(u.drivers.size());
    auto indexOf = [&](const std::string &name) {
        for (int i = 0; i < n; ++i)
            if (u.drivers[std::size_t(i)].driver == name)
                return i;
        return -1;
    };
    Eigen::MatrixXd c = Eigen::MatrixXd::Identity(n, n);
    std::vector<int> pa, pb;
    for (const DriverCorrelation &pair : u.correlations) {
        const int a = indexOf(pair.a), b = indexOf(pair.b);
        if (a < 0 || b < 0 || a == b || !(pair.rho >= -1.0 && pair.rho <= 1.0))
            continue; // reported by the validator
        c(a, b) = c(b, a) = pair.rho;
        pa.push_back(a);
        pb.push_back(b);
    }
    if (pa.empty())
        return errors;
    // Each connected group of correlated drivers is checked on its own, so a message names
    // only the pairs that make the trouble.
    std::vector<int> group(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        group[std::size_t(i)] = i;
    auto find = [&](int i) {
        while (group[std::size_t(i)] != i)
            i = group[std::size_t(i)] = group[std::size_t(group[std::size_t(i)])];
        return i;
    };
    for (std::size_t k = 0; k < pa.size(); ++k)
        group[std::size_t(find(pa[k]))] = find(pb[k]);
    std::map<int, std::vector<int>> members;
    for (int i = 0; i < n; ++i)
        members[find(i)].push_back(i);
    for (const auto &[root, idx] : members) {
        if (idx.size() < 2)
            continue;
        Eigen::MatrixXd sub(idx.size(), idx.size());
        for (std::size_t i = 0; i < idx.size(); ++i)
            for (std::size_t j = 0; j < idx.size(); ++j)
                sub(Eigen::Index(i), Eigen::Index(j)) = c(idx[i], idx[j]);
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(sub, Eigen::EigenvaluesOnly);
        const double smallest = eig.eigenvalues().minCoeff();
        if (eig.info() == Eigen::Success && smallest >= -kCorrelationPsdTolerance)
            continue;
        std::string pairs;
        for (std::size_t k = 0; k < pa.size(); ++k) {
            if (find(pa[k]) != root)
                continue;
            pairs += (pairs.empty() ? "" : ", ") + u.drivers[std::size_t(pa[k])].driver + " / " +
                     u.drivers[std::size_t(pb[k])].driver + " (rho " + formatRho(c(pa[k], pb[k])) +
                     ")";
        }
        errors.push_back(
            {std::string(schemaField(FieldId::UncertaintyCorrelations).path),
             "the correlations " + pairs +
                 " are impossible together: no joint distribution has them (their correlation "
                 "matrix is not positive semidefinite, smallest eigenvalue " +
                 formatRho(smallest) +
                 "). A pair not listed counts as rho 0. Change the rho values so that they "
                 "fit together, e.g. drivers that both follow a third one closely must also "
                 "follow each other; rho 1 and -1 are allowed"});
    }
    return errors;
}

} // namespace fleetroi
