package com.mdm.testsupport.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The life of a repository contract: its {@link Subject} asked for once per class, an empty
 * repository before each test, and the subject closed after the last.
 *
 * @param <R> the repository port
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RepositoryContract<R> {

  private Subject<R> subject;

  /** The repository under test, empty when each test starts. */
  protected R repository;

  /** The implementation to prove. */
  protected abstract Subject<R> subject();

  @BeforeAll
  void openSubject() {
    subject = subject();
  }

  @BeforeEach
  void emptyRepository() {
    repository = subject.empty();
  }

  @AfterAll
  void closeSubject() {
    subject.close();
  }
}
