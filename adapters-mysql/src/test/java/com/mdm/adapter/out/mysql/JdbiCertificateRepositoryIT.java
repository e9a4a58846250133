package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.CertificateRepository;
import com.mdm.testsupport.contract.CertificateRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The certificate repository contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiCertificateRepositoryIT extends CertificateRepositoryContract {

  @Override
  protected Subject<CertificateRepository> subject() {
    return MetadataTestDatabase.onTestServer()
        .subject(JdbiCertificateRepository::new, "completeness_certificates");
  }
}
